package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/** A send that found the issue not approved is tried again later the same day, never past retry-until. */
class SendRetryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private Scheduler scheduler;

    @BeforeEach
    void start() throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "retry-test-" + System.nanoTime());
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.addJob(JobBuilder.newJob(SendIssueJob.class).withIdentity("send", "dongtai").storeDurably().build(), false);
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdown();
    }

    private static ScheduleProperties settings(Duration every, LocalTime until) {
        return new ScheduleProperties("0 0 8 ? * MON", "0 0 15 ? * MON", "Asia/Shanghai", Duration.ofHours(6), false,
                "", every, until, null, "127.0.0.1");
    }

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), SHANGHAI).toInstant();
    }

    @Test
    void retriesAnHourLaterCarryingTheDayItIsFor() throws Exception {
        Instant retry = WeeklySchedule.scheduleSendRetry(scheduler, settings(Duration.ofHours(1), LocalTime.of(21, 0)),
                MONDAY, at(15, 0));
        assertThat(retry).isEqualTo(at(16, 0));
        Trigger t = scheduler.getTrigger(TriggerKey.triggerKey("send-retry", "dongtai"));
        assertThat(t.getNextFireTime().toInstant()).isEqualTo(at(16, 0));
        assertThat(t.getJobKey()).isEqualTo(JobKey.jobKey("send", "dongtai"));
        assertThat(t.getJobDataMap().getString("day")).isEqualTo("2026-11-30");

        // the retry finds it still unapproved: the same trigger moves on, there is never more than one
        assertThat(WeeklySchedule.scheduleSendRetry(scheduler, settings(Duration.ofHours(1), LocalTime.of(21, 0)),
                MONDAY, at(16, 0))).isEqualTo(at(17, 0));
        assertThat(scheduler.getTriggersOfJob(JobKey.jobKey("send", "dongtai"))).hasSize(1);
    }

    @Test
    void noRetryPastRetryUntil() throws Exception {
        assertThat(WeeklySchedule.scheduleSendRetry(scheduler, settings(Duration.ofHours(1), LocalTime.of(21, 0)),
                MONDAY, at(20, 30))).isNull();
        assertThat(scheduler.checkExists(TriggerKey.triggerKey("send-retry", "dongtai"))).isFalse();
    }
}
