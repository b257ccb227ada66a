package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Mails an issue to a list: the entry point of the send command and the schedule (the weekly pipeline
 * runs the same flow inside its own job). Each call starts the {@code sendIssue} batch job, or restarts
 * the last one for the same issue and list when it failed or its process was killed; the ledger decides
 * who is still due, so nobody is mailed twice except a message in flight at a kill (reported).
 */
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final SendGate gate;
    private final Ledger ledger;
    private final SubscriberStore subscribers;
    private final SmtpConnections smtp;
    private final MailSettings settings;
    private final StageClock clock;
    private final List<DeliveryProgress> listeners = new CopyOnWriteArrayList<>();

    MailDelivery(JobOperator operator, JobRepository repository, Job sendIssueJob, SendGate gate, Ledger ledger,
                 SubscriberStore subscribers, SmtpConnections smtp, MailSettings settings, StageClock clock) {
        this.operator = operator;
        this.repository = repository;
        this.job = sendIssueJob;
        this.gate = gate;
        this.ledger = ledger;
        this.subscribers = subscribers;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    public String defaultList() {
        return settings.list();
    }

    /** Where messages go, for the command's first line. */
    public String server() {
        return smtp.describe();
    }

    /** Mails the issue to everyone on the list who does not have it yet; returns where delivery stands. */
    public SendReport send(String issueId, String list, DeliveryProgress progress) {
        if (progress != null) {
            listeners.add(progress);
        }
        try {
            SendReport before = report(issueId);
            JobExecution execution = launch(issueId, list);
            String stopped = null;
            if (execution == null) {
                stopped = "another dongtai process is sending issue " + issueId + " to list '" + list + "' right now; "
                        + "nobody is mailed twice (see send --status --issue " + issueId + ")";
            } else if (execution.getStatus() != BatchStatus.COMPLETED) {
                Throwable cause = execution.getAllFailureExceptions().stream().findFirst().map(MailDelivery::own).orElse(null);
                if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
                    throw (RuntimeException) cause; // refused before anything was sent: say why
                }
                stopped = cause == null ? execution.getExitStatus().getExitDescription() : message(cause);
            }
            SendReport r = report(issueId);
            SendReport done = new SendReport(r.issueId(), r.subscribers(), r.sent(), r.pending(), r.deferred(), r.failed(),
                    r.possibleDuplicates(), stopped);
            count("sent", done.sent() - before.sent());
            count("failed", done.failed().size() - before.failed().size());
            count("deferred", done.deferred().size());
            if (done.finished()) {
                gate.delivered(issueId);
            }
            return done;
        } finally {
            if (progress != null) {
                listeners.remove(progress);
            }
        }
    }

    /** Micrometer: {@code dongtai.mails{outcome=sent|failed|deferred}}, what this run did. */
    private static void count(String outcome, long amount) {
        if (amount > 0) {
            Metrics.counter("dongtai.mails", "outcome", outcome).increment(amount);
        }
    }

    /** Who would be mailed now (nothing is sent or recorded). */
    public List<Subscriber> dryRun(String issueId, String list) {
        gate.checkPreviewable(issueId);
        Set<String> done = ledger.entries(issueId).stream()
                .filter(e -> e.status() == Ledger.Status.SENT || e.status() == Ledger.Status.FAILED)
                .map(Ledger.Entry::email).collect(Collectors.toSet());
        return subscribers.list(list).stream().filter(s -> !done.contains(s.email())).toList();
    }

    /** Where the issue's delivery stands, from the ledger. */
    public SendReport report(String issueId) {
        int sent = 0;
        int pending = 0;
        List<SendReport.Deferred> deferred = new ArrayList<>();
        List<SendReport.Failure> failed = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<Ledger.Entry> entries = ledger.entries(issueId);
        for (Ledger.Entry e : entries) {
            switch (e.status()) {
                case SENT -> sent++;
                case PENDING, SENDING -> pending++;
                case DEFERRED -> deferred.add(new SendReport.Deferred(e.email(), e.attempts(), e.lastReply(),
                        e.nextAttemptAt()));
                case FAILED -> failed.add(new SendReport.Failure(e.email(), e.lastReply()));
                default -> throw new IllegalStateException(e.status().name());
            }
            if (e.possibleDuplicate()) {
                duplicates.add(e.email());
            }
        }
        return new SendReport(issueId, entries.size(), sent, pending, deferred, failed, duplicates, null);
    }

    /** The first step of every delivery. Returns how many in-flight messages of a killed run are now in doubt. */
    int admit(String issueId, String list) {
        gate.checkSendable(issueId);
        List<Ledger.Entry> inDoubt = ledger.recoverInDoubt(issueId);
        inDoubt.forEach(e -> log.warn("issue {} to {}: in flight when an earlier run stopped; sent again with the same "
                + "Message-ID {} (possible duplicate)", issueId, e.email(), e.messageId()));
        ledger.dropUnsubscribed(issueId);
        ledger.enqueue(issueId, list);
        Ledger.Counts c = ledger.counts(issueId);
        listeners.forEach(l -> l.started(issueId, c.total(), c.sent() + c.failed()));
        return inDoubt.size();
    }

    DueReader reader(String issueId, int pageSize) {
        return new DueReader(ledger, issueId, pageSize, clock, settings.maxWaitInRun());
    }

    Dispatcher dispatcher(String issueId) {
        PreparedIssue issue = gate.checkSendable(issueId);
        return new Dispatcher(smtp, issue, ledger, settings, clock, new DeliveryProgress() {
            @Override
            public void started(String id, int total, int done) {
                listeners.forEach(l -> l.started(id, total, done));
            }

            @Override
            public void settled(String email, String outcome, boolean done) {
                listeners.forEach(l -> l.settled(email, outcome, done));
            }
        });
    }

    private JobExecution launch(String issueId, String list) {
        JobExecution last = null;
        long lastRun = 0;
        for (JobInstance instance : repository.findJobInstances(DeliveryJobConfig.JOB_NAME)) {
            JobExecution e = repository.getLastJobExecution(instance);
            if (e == null || !issueId.equals(e.getJobParameters().getString(DeliveryJobConfig.ISSUE_ID))
                    || !list.equals(e.getJobParameters().getString(DeliveryJobConfig.LIST))) {
                continue;
            }
            long run = e.getJobParameters().getLong("run", 0L);
            if (last == null || run > lastRun) {
                last = e;
                lastRun = run;
            }
        }
        try {
            if (last != null && last.getStatus().isRunning()) {
                // Its process was killed (a live one would hold the ledger rows it is sending): mark it failed.
                last = operator.recover(last);
            }
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                return operator.restart(last);
            }
            return operator.start(job, new JobParametersBuilder().addString(DeliveryJobConfig.ISSUE_ID, issueId)
                    .addString(DeliveryJobConfig.LIST, list).addLong("run", lastRun + 1).toJobParameters());
        } catch (Exception e) {
            if (startedElsewhere(e)) {
                return null; // another process (a second node) started this very run a moment ago
            }
            throw new IllegalStateException("could not start the delivery job for issue " + issueId + ": " + message(e), e);
        }
    }

    /** The job repository refused a second start of the same run: another process got there first. */
    private static boolean startedElsewhere(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
                    || t instanceof org.springframework.dao.ConcurrencyFailureException
                    || m.contains("must not already exist") || m.contains("could not serialize access")
                    // Spring Batch creates the run's instance and its first execution in two transactions: a node
                    // that looks between them finds the instance without an execution. The ledger's row claims
                    // keep both nodes from mailing anyone twice either way.
                    || m.contains("Cannot find any job execution for job instance")) {
                return true;
            }
        }
        return false;
    }

    /** The failure itself, not Spring Batch's wrapping of it ("Unable to process chunk"). */
    static Throwable own(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DeliveryStoppedException || c instanceof IllegalStateException
                    || c instanceof IllegalArgumentException) {
                return c;
            }
        }
        return t;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
