package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawlResult;
import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.extract.ExtractionException;
import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.source.Source;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.retry.RetryPolicy;

/**
 * The weekly job, step by step: crawl → extract → compose → render → mail, each step a bean.
 * Job parameters (read back by each step as a {@link RunRequest}): {@code week} (the issue date, YYYY-MM-DD; the
 * week is the seven days ending on it), {@code sources} (sources file), {@code base} (optional base for relative
 * list URLs), {@code deliver} (mail subscribers at the end), {@code replay} (a WARC capture to replay instead of
 * the network) and {@code attempt} (a new attempt crawls the week anew). Step results: see {@link WorkFiles}.
 * <p>
 * Decision: the step beans live here, in {@code pipeline}, and call the stages' public APIs; moving them into
 * the stage packages would make every stage depend on Spring Batch (and {@code crawl} … {@code render} know
 * nothing of the job). The mail steps are the exception: they are {@code mail}'s own delivery flow, which the
 * send command runs too.
 */
@Configuration(proxyBeanMethods = false)
class WeeklyIssueJobConfig {

    static final String JOB_NAME = "weeklyIssue";
    /** Shared with the mail flow, which reads the issue to send from the job's context under this key. */
    static final String ISSUE_ID = "issueId";
    private static final String MAIL = "MAIL";
    /** Pages extracted between two saves of the extract step's progress. */
    private static final int EXTRACT_CHUNK = 50;

    @Bean
    Job weeklyIssueJob(JobRepository jobs, Step crawlStep, Step extractStep, Step composeStep, Step renderStep,
                       Flow mailDeliveryFlow) {
        return new JobBuilder(JOB_NAME, jobs)
                .start(crawlStep)
                .next(extractStep)
                .next(composeStep)
                .next(renderStep)
                // Mail through the one delivery flow of package mail (the same steps the send command runs).
                .next(DELIVER_DECIDER).on(MAIL).to(mailDeliveryFlow)
                .from(DELIVER_DECIDER).on("*").end()
                .end()
                .build();
    }

    @Bean
    Step crawlStep(JobRepository jobs, StopBetweenSteps stop, @Lazy CrawlTasklet crawl) {
        return tasklet("crawl", jobs, stop, crawl);
    }

    /**
     * Declared skip: a page from which no article can be lifted ({@link ExtractionException}: no title, an empty
     * body, not HTML, a parser failure) is skipped, counted as the step's skip and listed in the crawl report,
     * and the run goes on; any other failure (the work folder unwritable, say) fails the step. No limit: one
     * source redesigning its pages can make all of its pages unreadable, and the issue is still wanted.
     * No retry: extraction is deterministic, the same bytes fail the same way again.
     */
    @Bean
    Step extractStep(JobRepository jobs, StopBetweenSteps stop, ListItemReader<CrawledArticle> crawledPages,
                     PageExtractor pageExtractor, ExtractedArticles extractedArticles) {
        return new StepBuilder("extract", jobs).listener(stop).<CrawledArticle, Article>chunk(EXTRACT_CHUNK)
                // Results go to files, not to a database: no chunk-wide transaction is needed.
                .transactionManager(new ResourcelessTransactionManager())
                .reader(crawledPages).processor(pageExtractor).writer(extractedArticles)
                .faultTolerant().skip(ExtractionException.class).skipLimit(Long.MAX_VALUE)
                .skipListener(extractedArticles)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<CrawledArticle> crawledPages(@Value("#{jobExecutionContext['" + WorkFiles.CRAWL + "']}") String crawl) {
        return new ListItemReader<>(AtomicFiles.JSON.readValue(Path.of(crawl).toFile(), CrawlResult.class).articles());
    }

    @Bean
    @StepScope
    PageExtractor pageExtractor(@Value("#{jobExecutionContext['" + WorkFiles.SOURCES + "']}") String sources) {
        return new PageExtractor(Arrays.stream(AtomicFiles.JSON.readValue(Path.of(sources).toFile(), Source[].class))
                .collect(Collectors.toMap(Source::name, Function.identity(), (a, b) -> a)));
    }

    @Bean
    @StepScope
    ExtractedArticles extractedArticles(DongtaiProperties props) {
        return new ExtractedArticles(props.paths().output());
    }

    @Bean
    Step composeStep(JobRepository jobs, StopBetweenSteps stop, @Lazy ComposeTasklet compose) {
        return tasklet("compose", jobs, stop, compose);
    }

    /**
     * Declared retry: an I/O failure while the outputs are written ({@link UncheckedIOException}: a shared
     * {@code output/} on a network file system, as two nodes use it, can fail for a moment) is tried twice more,
     * 1 s and 2 s later, before the step fails. A template or draft error is not retried: it fails the same way
     * again. (Crawl retries per request, with its own back-off and Retry-After; mail retries through the ledger.)
     */
    static final RetryPolicy RENDER_RETRY = RetryPolicy.builder().includes(UncheckedIOException.class)
            .maxRetries(2).delay(Duration.ofSeconds(1)).multiplier(2).build();

    @Bean
    Step renderStep(JobRepository jobs, StopBetweenSteps stop, @Lazy RenderTasklet render) {
        return tasklet("render", jobs, stop, new RetryingTasklet("render", render, RENDER_RETRY));
    }

    private static final JobExecutionDecider DELIVER_DECIDER = (job, step) -> new FlowExecutionStatus(
            Boolean.parseBoolean(job.getJobParameters().getString("deliver")) ? MAIL : "SKIP");

    private static Step tasklet(String name, JobRepository jobs, StopBetweenSteps stop, Tasklet tasklet) {
        return new StepBuilder(name, jobs).listener(stop).tasklet(tasklet).build();
    }
}
