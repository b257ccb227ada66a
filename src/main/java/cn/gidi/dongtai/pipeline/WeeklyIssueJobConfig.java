package cn.gidi.dongtai.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The weekly job, step by step: crawl → extract → compose → render → mail.
 * Job parameters: {@code week} (the issue date, YYYY-MM-DD; the week is the seven days ending on it),
 * {@code sources} (sources file), {@code base} (optional base for relative list URLs), {@code deliver}
 * (mail subscribers at the end), {@code replay} (a WARC capture to replay instead of the network) and
 * {@code attempt} (a new attempt crawls the week anew).
 */
@Configuration(proxyBeanMethods = false)
class WeeklyIssueJobConfig {

    static final String JOB_NAME = "weeklyIssue";
    /** Shared with the mail flow, which reads the issue to send from the job's context under this key. */
    static final String ISSUE_ID = "issueId";
    private static final String MAIL = "MAIL";

    @Bean
    Job weeklyIssueJob(JobRepository jobs, @Lazy PipelineStages stages, StopBetweenSteps stop,
                       Flow mailDeliveryFlow) {
        return new JobBuilder(JOB_NAME, jobs)
                .start(step("crawl", jobs, stop, (contribution, chunk) -> {
                    Map<String, Object> p = chunk.getStepContext().getJobParameters();
                    String replay = (String) p.get("replay");
                    stages.crawl(week(p), Path.of((String) p.get("sources")), base(p),
                            replay == null || replay.isBlank() ? null : Path.of(replay));
                    return RepeatStatus.FINISHED;
                }))
                .next(step("extract", jobs, stop, (contribution, chunk) -> {
                    Map<String, Object> p = chunk.getStepContext().getJobParameters();
                    stages.extract(week(p));
                    return RepeatStatus.FINISHED;
                }))
                .next(step("compose", jobs, stop, (contribution, chunk) -> {
                    String id = stages.compose(week(chunk.getStepContext().getJobParameters()));
                    chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                            .putString(ISSUE_ID, id);
                    return RepeatStatus.FINISHED;
                }))
                .next(step("render", jobs, stop, (contribution, chunk) -> {
                    stages.render(issueId(chunk));
                    return RepeatStatus.FINISHED;
                }))
                // Mail through the one delivery flow of package mail (the same steps the send command runs).
                .next(deliverRequested()).on(MAIL).to(mailDeliveryFlow)
                .from(deliverRequested()).on("*").end()
                .end()
                .build();
    }

    private static JobExecutionDecider deliverRequested() {
        return DELIVER_DECIDER;
    }

    private static final JobExecutionDecider DELIVER_DECIDER = (job, step) -> new FlowExecutionStatus(
            Boolean.parseBoolean(job.getJobParameters().getString("deliver")) ? MAIL : "SKIP");

    private static Step step(String name, JobRepository jobs, StopBetweenSteps stop, Tasklet tasklet) {
        return new StepBuilder(name, jobs).listener(stop).tasklet(tasklet).build();
    }

    private static LocalDate week(Map<String, Object> params) {
        return LocalDate.parse((String) params.get("week"));
    }

    private static String base(Map<String, Object> params) {
        Object base = params.get("base");
        return base == null || base.toString().isBlank() ? null : base.toString();
    }

    private static String issueId(org.springframework.batch.core.scope.context.ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().getString(ISSUE_ID);
    }
}
