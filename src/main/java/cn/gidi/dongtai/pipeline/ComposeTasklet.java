package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.crawl.CrawlResult;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.issue.DraftEditor;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Step {@code compose}: the instance's extracted articles composed into the week's issue and stored as a draft,
 * or merged into the editors' draft of the same issue (their edits are kept; an approved or sent draft is left
 * as it is). Puts the issue id in the job's context, where render and the mail flow read it.
 */
@Component
@Lazy
class ComposeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ComposeTasklet.class);

    /** What the compose step left for the report: candidates left out, and what changed in the draft. */
    record Composed(List<IssueComposer.Dropped> dropped, List<String> changes) {
    }

    private final DongtaiProperties props;
    private final IssueComposer composer;
    private final IssueStore drafts;
    private final DraftEditor editor;
    private final IssueRenderer renderer;

    ComposeTasklet(DongtaiProperties props, IssueComposer composer, IssueStore drafts, DraftEditor editor,
                IssueRenderer renderer) {
        this.props = props;
        this.composer = composer;
        this.drafts = drafts;
        this.editor = editor;
        this.renderer = renderer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var execution = chunk.getStepContext().getStepExecution().getJobExecution();
        RunRequest request = RunRequest.of(execution.getJobParameters());
        String id = compose(request, WorkFiles.of(execution, props.paths().output()));
        execution.getExecutionContext().putString(WeeklyIssueJobConfig.ISSUE_ID, id);
        return RepeatStatus.FINISHED;
    }

    private String compose(RunRequest request, WorkFiles work) {
        Extracted extracted = Extracted.read(work);
        List<Issue> existing = drafts.list();
        CrawlReport report = extracted.addTo(work.read(WorkFiles.CRAWL, CrawlResult.class).report());
        IssueComposer.Composition c = composer.compose(extracted.articles(), Week.endingOn(request.week()), existing);
        boolean hasDraft = existing.stream().anyMatch(i -> i.id().equals(c.issue().id()));
        if (c.issue().items().isEmpty() && !hasDraft) {
            throw new IllegalStateException("no article of the week was kept (" + report.totalFetched()
                    + " article pages fetched, " + extracted.articles().size() + " read, " + c.dropped().size()
                    + " off-topic or duplicate; " + report.totalFailures() + " crawl failures): no issue composed, "
                    + "no number used; once the sources answer, run generate again with --fresh");
        }
        List<String> changes = editor.compose(c, extracted.articles());
        work.write(WorkFiles.COMPOSITION, "composition.json", new Composed(c.dropped(), changes));
        String id = c.issue().id();
        CrawlTasklet.copy(work.path(WorkFiles.CAPTURE), renderer.folder(id).resolve("crawl.warc.gz"));
        AtomicFiles.writeJson(renderer.folder(id).resolve("crawl-report.json"), report);
        changes.forEach(line -> log.info("compose: {}", line));
        StepCounts.record(extracted.articles().size(), c.issue().items().size(), 0, c.dropped().size());
        StepCounts.count(StepCounts.ITEMS_KEPT, c.issue().items().size());
        return id;
    }
}
