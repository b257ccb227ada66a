package cn.gidi.dongtai.mail;

import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one delivery path: a flow of two steps that the send command, the schedule and the weekly
 * pipeline all run. {@code admitIssue} checks the issue may be sent ({@link SendGate#checkSendable},
 * where approval is checked), recovers messages left in flight by a killed run and queues the list's
 * subscribers in the ledger; {@code deliverIssue} is a chunked step that reads due subscribers from the
 * ledger and hands them to the SMTP senders. Restarting a failed run resumes from the ledger.
 * The issue id comes from the job parameter {@code issueId}, or from the job's context (the weekly
 * pipeline puts the issue it composed there under the same key).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryJobConfig {

    static final String JOB_NAME = "sendIssue";
    static final String ISSUE_ID = "issueId";
    static final String LIST = "list";
    static final String IN_DOUBT = "mail.inDoubt";

    @Bean
    Job sendIssueJob(JobRepository jobs, Flow mailDeliveryFlow) {
        return new JobBuilder(JOB_NAME, jobs).start(mailDeliveryFlow).end().build();
    }

    @Bean
    Flow mailDeliveryFlow(Step admitIssueStep, Step deliverIssueStep) {
        return new FlowBuilder<Flow>("mailDelivery").start(admitIssueStep).next(deliverIssueStep).build();
    }

    @Bean
    Step admitIssueStep(JobRepository jobs, @Lazy MailDelivery delivery) {
        return new StepBuilder("admitIssue", jobs).tasklet((contribution, chunk) -> {
            ExecutionContext job = jobContext(chunk);
            Map<String, Object> params = chunk.getStepContext().getJobParameters();
            String issueId = params.get(ISSUE_ID) != null ? params.get(ISSUE_ID).toString() : job.getString(ISSUE_ID);
            String list = params.get(LIST) != null ? params.get(LIST).toString() : delivery.defaultList();
            int inDoubt = delivery.admit(issueId, list);
            job.putString(ISSUE_ID, issueId);
            job.putString(LIST, list);
            job.putInt(IN_DOUBT, job.getInt(IN_DOUBT, 0) + inDoubt);
            return RepeatStatus.FINISHED;
        }).allowStartIfComplete(true).build();
    }

    @Bean
    Step deliverIssueStep(JobRepository jobs, DueReader dueReader, Dispatcher dispatcher, MailSettings settings) {
        return new StepBuilder("deliverIssue", jobs).<Ledger.Entry, Ledger.Entry>chunk(Math.max(1, settings.chunkSize()))
                // The ledger commits each state change on its own; no chunk-wide transaction must hold them.
                .transactionManager(new ResourcelessTransactionManager())
                .reader(dueReader).writer(dispatcher).build();
    }

    @Bean
    @StepScope
    DueReader dueReader(@Value("#{jobExecutionContext['issueId']}") String issueId, @Lazy MailDelivery delivery,
                        MailSettings settings) {
        return delivery.reader(issueId, Math.max(1, settings.chunkSize()) * 4);
    }

    @Bean(destroyMethod = "close")
    @StepScope
    Dispatcher dispatcher(@Value("#{jobExecutionContext['issueId']}") String issueId, @Lazy MailDelivery delivery) {
        return delivery.dispatcher(issueId);
    }

    private static ExecutionContext jobContext(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
