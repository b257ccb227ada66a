package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.pipeline.RunHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health of the parts the schedule needs, beside Boot's own {@code db}: {@code scheduler} (Quartz started, not
 * in standby, its triggers and their next fire times) and {@code lastRun} (the newest weekly job: DOWN if it
 * failed, with the reason, until a later run completes).
 */
@Configuration(proxyBeanMethods = false)
class ScheduleHealth {

    @Bean
    HealthIndicator schedulerHealthIndicator(ObjectProvider<Scheduler> scheduler, ObjectProvider<WeeklySchedule> schedule) {
        return () -> {
            try {
                Scheduler s = scheduler.getObject();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("instance", s.getSchedulerInstanceId());
                details.put("clustered", s.getMetaData().isJobStoreClustered());
                details.put("running", s.isStarted() && !s.isInStandbyMode() && !s.isShutdown());
                for (WeeklySchedule.Entry e : schedule.getObject().list()) {
                    details.put(e.trigger(), e.nextFire() == null ? "never" : e.nextFire().toInstant().toString());
                }
                boolean up = s.isStarted() && !s.isInStandbyMode() && !s.isShutdown();
                return (up ? Health.up() : Health.down()).withDetails(details).build();
            } catch (SchedulerException e) {
                return Health.down(e).build();
            }
        };
    }

    @Bean
    HealthIndicator lastRunHealthIndicator(ObjectProvider<RunHistory> history) {
        return () -> history.getObject().last().map(r -> {
            Health.Builder b = r.status().equals("FAILED") || r.status().equals("ABANDONED") ? Health.down() : Health.up();
            b.withDetail("run", r.id()).withDetail("week", r.week()).withDetail("issue", r.issueId())
                    .withDetail("status", r.status()).withDetail("started", String.valueOf(r.started()));
            if (!r.failures().isEmpty()) {
                b.withDetail("failure", r.failures().get(0));
            }
            return b.build();
        }).orElseGet(() -> Health.up().withDetail("status", "no run yet").build());
    }
}
