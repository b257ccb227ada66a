package cn.gidi.dongtai.schedule;

import java.time.Duration;
import java.time.Instant;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says what happened to a firing that was due while dongtai was down: run late (within the grace period)
 * or skipped (older than it; Quartz calls that a misfire and the trigger moves on to its next time).
 */
final class MissedFireLog extends TriggerListenerSupport {

    static final String NAME = "dongtai-missed-fires";
    private static final Logger log = LoggerFactory.getLogger(MissedFireLog.class);
    private static final Duration LATE = Duration.ofMinutes(1);

    private final Duration grace;

    MissedFireLog(Duration grace) {
        this.grace = grace;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
        if (context.getScheduledFireTime() == null) {
            return;
        }
        Instant due = context.getScheduledFireTime().toInstant();
        Instant fired = context.getFireTime().toInstant();
        if (Duration.between(due, fired).compareTo(LATE) > 0) {
            log.warn("schedule: {} was due at {} and runs now, {} late (within the grace period of {})",
                    trigger.getJobKey().getName(), due, Duration.between(due, fired).withNanos(0), grace);
        }
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        // Called before Quartz moves the trigger on: it still holds the missed time.
        java.util.Date next = trigger.getFireTimeAfter(new java.util.Date());
        log.warn("schedule: the {} due at {} was missed by more than the grace period of {}: skipped; next at {}",
                trigger.getJobKey().getName(),
                trigger.getNextFireTime() == null ? "?" : trigger.getNextFireTime().toInstant(), grace,
                next == null ? "never" : next.toInstant());
    }
}
