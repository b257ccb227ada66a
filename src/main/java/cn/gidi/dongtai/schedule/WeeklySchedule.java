package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.config.DongtaiProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Puts the two weekly triggers (generate, then send) into Quartz's persistent store from configuration,
 * replacing what an earlier start stored, and starts the scheduler.
 */
@Component
@Lazy
public class WeeklySchedule {

    public record Entry(String job, String cron, String zone, Date nextFire) {
    }

    private final Scheduler scheduler;
    private final DongtaiProperties.Schedule settings;

    WeeklySchedule(Scheduler scheduler, DongtaiProperties props) {
        this.scheduler = scheduler;
        this.settings = props.schedule();
    }

    public List<Entry> install() throws SchedulerException {
        List<Entry> entries = new ArrayList<>();
        entries.add(install("generate", GenerateIssueJob.class, settings.generateCron()));
        entries.add(install("send", SendIssueJob.class, settings.sendCron()));
        return entries;
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    /**
     * Fires one of the stored jobs now ("generate" or "send"), waits for it to finish and says how it
     * went: null if it succeeded, else the failure. The scheduler is left in standby.
     */
    public String fireNow(String name, Duration timeout) throws SchedulerException, InterruptedException {
        JobKey key = JobKey.jobKey(name, "dongtai");
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

    public void stop() throws SchedulerException {
        scheduler.standby();
    }

    private Entry install(String name, Class<? extends Job> type, String cron) throws SchedulerException {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("dongtai.schedule." + name + "-cron '" + cron
                    + "' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        }
        TimeZone zone = TimeZone.getTimeZone(settings.zone());
        JobDetail job = JobBuilder.newJob(type).withIdentity(JobKey.jobKey(name, "dongtai")).storeDurably()
                .withDescription(name + " the weekly issue").build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name, "dongtai").forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
        return new Entry(name, cron, settings.zone(), scheduler.getTrigger(trigger.getKey()).getNextFireTime());
    }
}
