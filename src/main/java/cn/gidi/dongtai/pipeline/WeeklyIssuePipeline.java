package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.crawl.CrawlResult;
import cn.gidi.dongtai.mail.MailDelivery;
import cn.gidi.dongtai.source.SourcesFile;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Manifest;
import cn.gidi.dongtai.render.RenderedIssue;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Runs the weekly job for a request. A run of the same request that failed part-way is restarted from
 * the step that failed; after a finished run, the same request starts a new attempt that crawls anew.
 */
@Service
@Lazy
public class WeeklyIssuePipeline {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final IssueRenderer renderer;
    private final MailDelivery delivery;
    private final StopBetweenSteps stop;

    WeeklyIssuePipeline(JobOperator operator, JobRepository repository, Job weeklyIssueJob, IssueRenderer renderer,
                        @Lazy MailDelivery delivery, StopBetweenSteps stop) {
        this.stop = stop;
        this.operator = operator;
        this.repository = repository;
        this.job = weeklyIssueJob;
        this.renderer = renderer;
        this.delivery = delivery;
    }

    public RunOutcome run(RunRequest request) {
        if (request.replay() == null) {
            SourcesFile.load(request.sources(), request.base()); // a bad sources file is named before any run starts
        } else if (!java.nio.file.Files.isRegularFile(request.replay())) {
            throw new IllegalArgumentException(request.replay() + ": no such crawl capture");
        }
        stop.clear(request.week().toString());
        JobExecution last = lastExecution(request);
        JobExecution execution;
        boolean restarted = false;
        try {
            if (!request.fresh() && last != null
                    && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                execution = operator.restart(last);
                restarted = true;
            } else {
                long attempt = last == null ? 1 : last.getJobParameters().getLong("attempt") + 1;
                execution = operator.start(job, request.toJobParameters(attempt));
            }
        } catch (Exception e) {
            throw new PipelineException("could not start the weekly job: " + e.getMessage(), e);
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            String step = execution.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.STOPPED)
                    .map(s -> s.getStepName()).findFirst().orElse("?");
            throw new PipelineException("the weekly job stopped before step '" + step + "' (shut down): run the same"
                    + " command again to resume there", null);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            String step = execution.getStepExecutions().stream()
                    .filter(s -> s.getStatus() == BatchStatus.FAILED).map(s -> s.getStepName()).findFirst().orElse("?");
            throw new PipelineException("the weekly job failed in step '" + step + "': "
                    + (cause == null ? execution.getExitStatus().getExitDescription() : message(cause))
                    + " (run the same command again to resume at that step, or add --fresh to crawl anew)", cause);
        }
        return outcome(request, execution, restarted);
    }

    /**
     * A shutdown: the runs of the given week under way on this node finish the step they are in, and stop before
     * the next one (see {@link StopBetweenSteps}). They end STOPPED; the same request run again resumes there.
     */
    public void stopRunning(java.time.LocalDate week) {
        stop.request(week.toString());
    }

    /**
     * After a node died in the middle of the week's run (Quartz hands its job to another node): its execution,
     * still marked running in the shared repository, is marked FAILED, so that the next run restarts it at the
     * step that was interrupted. Returns how many were recovered.
     */
    public int recoverCrashed(java.time.LocalDate week) {
        int recovered = 0;
        for (JobExecution e : repository.findRunningJobExecutions(WeeklyIssueJobConfig.JOB_NAME)) {
            if (week.toString().equals(e.getJobParameters().getString("week"))) {
                operator.recover(e);
                recovered++;
            }
        }
        return recovered;
    }

    /** Whether a stop was asked for the week's runs on this node (and no run of it has started since). */
    public boolean stopRequested(java.time.LocalDate week) {
        return stop.requested(week.toString());
    }

    private RunOutcome outcome(RunRequest request, JobExecution execution, boolean restarted) {
        String issueId = execution.getExecutionContext().getString(WeeklyIssueJobConfig.ISSUE_ID);
        // This instance's own step results, from the paths its steps recorded in the job's context.
        WorkFiles work = WorkFiles.recordedIn(execution);
        CrawlResult crawl = work.read(WorkFiles.CRAWL, CrawlResult.class);
        Extracted extracted = Extracted.read(work);
        ComposeTasklet.Composed composed = work.read(WorkFiles.COMPOSITION, ComposeTasklet.Composed.class);
        Manifest manifest = renderer.manifest(issueId);
        var dir = renderer.folder(issueId);
        RenderedIssue rendered = new RenderedIssue(dir, dir.resolve(IssueRenderer.HTML), dir.resolve(IssueRenderer.PDF),
                dir.resolve(IssueRenderer.EMAIL_HTML), dir.resolve(IssueRenderer.EMAIL_TEXT),
                dir.resolve(IssueRenderer.MANIFEST), manifest);
        SendReport sent = request.deliver() ? delivery.report(issueId) : null;
        return new RunOutcome(issueId, restarted, extracted.addTo(crawl.report()),
                extracted.articles().size(),
                extracted.failures().stream().map(f -> f.url() + ": " + f.reason()).toList(),
                composed.dropped(), composed.changes(), rendered, sent);
    }

    private JobExecution lastExecution(RunRequest request) {
        JobExecution latest = null;
        for (JobInstance instance : repository.findJobInstances(WeeklyIssueJobConfig.JOB_NAME)) {
            JobExecution e = repository.getLastJobExecution(instance);
            if (e == null || !request.startedAs(e.getJobParameters())) {
                continue;
            }
            if (latest == null || e.getJobParameters().getLong("attempt") > latest.getJobParameters().getLong("attempt")) {
                latest = e;
            }
        }
        return latest;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
