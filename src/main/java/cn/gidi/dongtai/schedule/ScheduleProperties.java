package cn.gidi.dongtai.schedule;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly schedule ({@code dongtai.schedule.*}). Cron expressions are Quartz's (seconds minutes hours
 * day-of-month month day-of-week), read in {@code zone}.
 *
 * @param generateCron    when the week is crawled and the draft composed
 * @param sendCron        when the approved issue is mailed
 * @param zone            the zone both expressions are read in
 * @param gracePeriod     a firing missed while dongtai was down runs once at start-up if it is at most this late;
 *                        an older one is skipped (and logged) and the trigger waits for its next time
 * @param autoApprove     let the scheduled send approve the issue as it stands (no editor in the loop)
 * @param remind          who is told when the scheduled send finds the issue not approved (empty: nobody, only the log)
 * @param retryEvery      how long after such a reminder the send is tried again
 * @param retryUntil      no retry is scheduled past this time of day (in {@code zone}): the next one is next week's
 * @param managementPort  when set, {@code schedule} serves health and metrics on 127.0.0.1 at this port
 * @param managementBind  the address of that port (loopback unless changed)
 */
@ConfigurationProperties("dongtai.schedule")
public record ScheduleProperties(
        @DefaultValue("0 0 8 ? * MON") String generateCron,
        @DefaultValue("0 0 15 ? * MON") String sendCron,
        @DefaultValue("Asia/Shanghai") String zone,
        @DefaultValue("6h") Duration gracePeriod,
        @DefaultValue("false") boolean autoApprove,
        @DefaultValue("") String remind,
        @DefaultValue("1h") Duration retryEvery,
        @DefaultValue("21:00") LocalTime retryUntil,
        Integer managementPort,
        @DefaultValue("127.0.0.1") String managementBind) {
}
