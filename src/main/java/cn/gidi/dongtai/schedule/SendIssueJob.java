package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.Draft;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueStatus;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.mail.MailDelivery;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.render.IssueRenderer;
import io.micrometer.core.instrument.Metrics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz job: {@code send} the newest issue dated on or before the day it was due, through the one delivery
 * job ({@code MailDelivery}). An issue that is not approved is not sent: the editors are reminded and the send
 * is tried again later that day ({@code dongtai.schedule.retry-every}, until {@code retry-until}), unless
 * {@code dongtai.schedule.auto-approve} lets the schedule approve it as it stands.
 */
@DisallowConcurrentExecution
public class SendIssueJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(SendIssueJob.class);

    @Autowired
    IssueStore drafts;

    @Autowired
    MailDelivery delivery;

    @Autowired
    ScheduleProperties schedule;

    @Autowired
    EditorReminder reminder;

    @Autowired
    Approvals approvals;

    @Autowired
    IssueRenderer renderer;

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        LocalDate day = dayOf(context, schedule);
        if (generateRunning(context)) {
            // Both were due while dongtai was down and run together at start-up: the week's draft is not there yet.
            retry(context, day, "generate is still running");
            return;
        }
        Optional<Issue> issue = drafts.list().stream().filter(i -> !i.date().isAfter(day))
                .max(Comparator.comparing(Issue::date));
        if (issue.isEmpty()) {
            log.warn("scheduled send: no issue dated on or before {}", day);
            return;
        }
        String id = issue.get().id();
        Draft draft = drafts.requireDraft(id);
        if (draft.state() == IssueStatus.SENT) {
            log.warn("scheduled send: issue {} has been sent already", id);
            return;
        }
        try {
            if (schedule.autoApprove() && draft.state() == IssueStatus.DRAFT) {
                renderer.render(draft.issue());
                approvals.approve(id, "schedule (dongtai.schedule.auto-approve)");
            }
            SendReport r = delivery.send(id, delivery.defaultList(), null);
            log.warn("scheduled send: {}", r.summary());
            if (r.stopped() != null) {
                throw new JobExecutionException("scheduled send of " + id + " stopped: " + r.stopped());
            }
        } catch (Approvals.NotApprovedException e) {
            remindAndRetry(context, day, id, e.getMessage());
        } catch (RuntimeException e) {
            log.error("scheduled send of {} failed: {}", id, e.getMessage());
            throw new JobExecutionException(e);
        }
    }

    private void remindAndRetry(JobExecutionContext context, LocalDate day, String id, String why)
            throws JobExecutionException {
        reminder.remind(id, why, retry(context, day, why));
    }

    private Instant retry(JobExecutionContext context, LocalDate day, String why) throws JobExecutionException {
        try {
            Instant retry = WeeklySchedule.scheduleSendRetry(context.getScheduler(), schedule, day, Instant.now());
            log.warn("scheduled send: {}; {}", why, retry == null ? "no retry today" : "trying again at " + retry);
            Metrics.counter("dongtai.sends.deferred").increment();
            return retry;
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }

    /**
     * Generate is under way on some node: its triggers are BLOCKED in the shared store from the moment it fires
     * (it allows no concurrent run) until it ends, which also covers the moment before its thread has started.
     */
    private static boolean generateRunning(JobExecutionContext context) throws JobExecutionException {
        try {
            org.quartz.Scheduler scheduler = context.getScheduler();
            for (org.quartz.Trigger t : scheduler.getTriggersOfJob(org.quartz.JobKey.jobKey("generate", WeeklySchedule.GROUP))) {
                if (scheduler.getTriggerState(t.getKey()) == org.quartz.Trigger.TriggerState.BLOCKED) {
                    return true;
                }
            }
            return scheduler.getCurrentlyExecutingJobs().stream()
                    .anyMatch(j -> j.getJobDetail().getKey().getName().equals("generate"));
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }

    /**
     * The day a firing is for: a retry carries its day; a job recovered from a dead node, the day of the firing it
     * lost; otherwise the day it was due (not the day it ran, if it ran late).
     */
    static LocalDate dayOf(JobExecutionContext context, ScheduleProperties schedule) {
        String carried = context.getMergedJobDataMap().getString(WeeklySchedule.DAY);
        if (carried != null) {
            return LocalDate.parse(carried);
        }
        String original = context.isRecovering() ? context.getMergedJobDataMap()
                .getString(org.quartz.Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS) : null;
        Date due = original != null ? new Date(Long.parseLong(original)) // run again for a node that died: its day
                : context.getScheduledFireTime() != null ? context.getScheduledFireTime() : context.getFireTime();
        return LocalDate.ofInstant(due.toInstant(), ZoneId.of(schedule.zone()));
    }
}
