package cn.gidi.dongtai.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Puts the two weekly triggers (generate, then send) into Quartz's persistent store from configuration and
 * starts the scheduler. A stored trigger whose expression and zone are unchanged is kept as it is, so a
 * firing that fell due while dongtai was down is still due when it comes back: Quartz runs it once if it is
 * within the grace period (its misfire threshold) and otherwise skips it ({@link MissedFireLog} says so).
 */
@Component
@Lazy
public class WeeklySchedule {

    private static final Logger log = LoggerFactory.getLogger(WeeklySchedule.class);

    static final String GROUP = "dongtai";
    static final String SEND_RETRY = "send-retry";
    static final String DAY = "day";

    /** One stored trigger: the job it fires, how (a cron expression, or "retry" for a one-off), and when next. */
    public record Entry(String job, String trigger, String cron, String zone, Date nextFire, Date previousFire) {
    }

    private final Scheduler scheduler;
    private final ScheduleProperties settings;

    WeeklySchedule(Scheduler scheduler, ScheduleProperties settings) {
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /** Stores (or keeps) the generate and send triggers and returns every trigger of the schedule. */
    public List<Entry> install() throws SchedulerException {
        install("generate", GenerateIssueJob.class, settings.generateCron());
        install("send", SendIssueJob.class, settings.sendCron());
        if (scheduler.getListenerManager().getTriggerListener(MissedFireLog.NAME) == null) {
            scheduler.getListenerManager().addTriggerListener(new MissedFireLog(settings.gracePeriod()),
                    GroupMatcher.triggerGroupEquals(GROUP));
        }
        return list();
    }

    /** Every trigger of the schedule, soonest first. */
    public List<Entry> list() throws SchedulerException {
        List<Entry> entries = new ArrayList<>();
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
            Trigger t = scheduler.getTrigger(key);
            if (t == null) {
                continue;
            }
            String cron = t instanceof CronTrigger c ? c.getCronExpression() : "once";
            String zone = t instanceof CronTrigger c ? c.getTimeZone().getID() : settings.zone();
            entries.add(new Entry(t.getJobKey().getName(), key.getName(), cron, zone, t.getNextFireTime(),
                    t.getPreviousFireTime()));
        }
        entries.sort((a, b) -> a.nextFire() == null ? 1 : b.nextFire() == null ? -1 : a.nextFire().compareTo(b.nextFire()));
        return entries;
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    public void stop() throws SchedulerException {
        scheduler.standby();
    }

    /**
     * Fires one of the stored jobs now ("generate" or "send"), waits for it to finish and says how it
     * went: null if it succeeded, else the failure. The scheduler is left in standby.
     */
    public String fireNow(String name, Duration timeout) throws SchedulerException, InterruptedException {
        JobKey key = JobKey.jobKey(name, GROUP);
        if (!scheduler.checkExists(key)) {
            throw new IllegalArgumentException("no scheduled job '" + name + "' (expected generate or send)");
        }
        CountDownLatch done = new CountDownLatch(1);
        String[] failure = {null};
        String listener = "fire-now-" + System.nanoTime();
        scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return listener;
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                if (e != null) {
                    Throwable t = e.getCause() != null ? e.getCause() : e;
                    failure[0] = t.getMessage() == null ? t.toString() : t.getMessage();
                }
                done.countDown();
            }
        }, KeyMatcher.keyEquals(key));
        scheduler.start();
        scheduler.triggerJob(key);
        try {
            if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return "did not finish within " + timeout.toSeconds() + " s";
            }
            return failure[0];
        } finally {
            scheduler.getListenerManager().removeJobListener(listener);
            scheduler.standby();
        }
    }

    /**
     * On shutdown (Ctrl-C, SIGTERM): asks the jobs running on this node to stop at their next step boundary
     * ({@link GenerateIssueJob#interrupt()}); Quartz then waits for them (wait-for-jobs-to-complete), so the
     * step that is running finishes and is recorded, and the next run resumes after it.
     */
    @jakarta.annotation.PreDestroy
    void stopAtNextCheckpoint() throws SchedulerException {
        for (JobExecutionContext running : scheduler.getCurrentlyExecutingJobs()) {
            log.warn("shutting down: {} stops after its current step (it resumes there when run again)",
                    running.getJobDetail().getKey().getName());
            scheduler.interrupt(running.getFireInstanceId());
        }
    }

    /**
     * A one-off retry of the send at {@code at} for the issue of {@code day}, unless that is past
     * {@code retry-until} on that day. Returns when it will fire, or null if no retry was scheduled.
     */
    static Instant scheduleSendRetry(Scheduler scheduler, ScheduleProperties settings, LocalDate day, Instant now)
            throws SchedulerException {
        Instant at = now.plus(settings.retryEvery());
        Instant until = day.atTime(settings.retryUntil()).atZone(java.time.ZoneId.of(settings.zone())).toInstant();
        if (at.isAfter(until)) {
            return null;
        }
        TriggerKey key = TriggerKey.triggerKey(SEND_RETRY, GROUP);
        Trigger retry = TriggerBuilder.newTrigger().withIdentity(key).forJob(JobKey.jobKey("send", GROUP))
                .usingJobData(DAY, day.toString()).startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        if (scheduler.checkExists(key)) {
            scheduler.rescheduleJob(key, retry);
        } else {
            scheduler.scheduleJob(retry);
        }
        return at;
    }

    private void install(String name, Class<? extends Job> type, String cron) throws SchedulerException {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("dongtai.schedule." + name + "-cron '" + cron
                    + "' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        }
        TimeZone zone = TimeZone.getTimeZone(settings.zone());
        JobKey jobKey = JobKey.jobKey(name, GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(name, GROUP);
        Trigger stored = scheduler.getTrigger(triggerKey);
        if (stored instanceof CronTrigger c && c.getCronExpression().equals(cron)
                && c.getTimeZone().getID().equals(zone.getID())
                && c.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING
                && scheduler.checkExists(jobKey) && scheduler.getJobDetail(jobKey).requestsRecovery()) {
            return; // unchanged: keep its next fire time, which may be one missed while dongtai was down
        }
        // requestRecovery: if the node running it dies, another node of the cluster runs it again (a generate
        // resumes or starts anew; a send re-sends to nobody who has it, see the delivery log).
        JobDetail job = JobBuilder.newJob(type).withIdentity(jobKey).storeDurably().requestRecovery()
                .withDescription(name + " the weekly issue").build();
        // Missed by more than the grace period (the misfire threshold): do nothing, wait for the next time.
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionDoNothing())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }
}
