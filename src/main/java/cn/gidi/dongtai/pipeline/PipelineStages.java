package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.crawl.CrawlResult;
import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.Crawler;
import cn.gidi.dongtai.crawl.FigureImages;
import cn.gidi.dongtai.crawl.FigureSettings;
import cn.gidi.dongtai.crawl.HttpPageFetcher;
import cn.gidi.dongtai.crawl.PageFetcher;
import cn.gidi.dongtai.files.FigureStore;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourcesFile;
import cn.gidi.dongtai.crawl.WarcCapture;
import cn.gidi.dongtai.crawl.WarcReplayFetcher;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.extract.ArticleExtractor;
import cn.gidi.dongtai.extract.ExtractionException;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.DraftEditor;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.RenderedIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What each step of the weekly job does. Every stage reads the previous stage's result from the run's
 * work files and writes its own, so the job can restart at any step.
 */
@Component
@Lazy
class PipelineStages {

    private static final Logger log = LoggerFactory.getLogger(PipelineStages.class);

    static final String CRAWL = "crawl.json";
    static final String ARTICLES = "articles.json";
    static final String COMPOSITION = "composition.json";
    static final String SOURCES = "sources.json";
    static final String CAPTURE = "crawl.warc.gz";

    record Extracted(List<Article> articles, List<SourceFailure> failures) {
    }

    record SourceFailure(String source, String url, String reason) {
    }

    private final DongtaiProperties props;
    private final IssueComposer composer;
    private final IssueStore drafts;
    private final IssueRenderer renderer;
    private final DraftEditor editor;

    private final FigureSettings figureLimits;

    PipelineStages(DongtaiProperties props, IssueComposer composer, IssueStore drafts, DraftEditor editor,
                   IssueRenderer renderer, FigureSettings figureLimits) {
        this.props = props;
        this.figureLimits = figureLimits;
        this.composer = composer;
        this.drafts = drafts;
        this.editor = editor;
        this.renderer = renderer;
    }

    WorkFiles work(LocalDate week) {
        return new WorkFiles(props.paths().output(), week.toString());
    }

    void crawl(LocalDate weekEnd, Path sourcesFile, String base, Path replay) {
        var crawl = props.crawl();
        Path capture = work(weekEnd).path(CAPTURE);
        CrawlResult result;
        List<Source> sources;
        if (replay != null) {
            WarcReplayFetcher fetcher = new WarcReplayFetcher(replay);
            sources = fetcher.sources().orElseGet(() -> SourcesFile.load(sourcesFile, base));
            result = withFigures(new Crawler(fetcher, crawl.maxArticlesPerSource()), fetcher, sources)
                    .crawl(sources, Week.endingOn(weekEnd));
            copy(replay, capture);
        } else {
            sources = SourcesFile.load(sourcesFile, base);
            try (WarcCapture warc = new WarcCapture(capture, sources)) {
                HttpPageFetcher fetcher = new HttpPageFetcher(crawl, warc);
                result = withFigures(new Crawler(fetcher, crawl.maxArticlesPerSource()), fetcher, sources)
                        .crawl(sources, Week.endingOn(weekEnd));
            }
        }
        work(weekEnd).write(SOURCES, sources);
        work(weekEnd).write(CRAWL, result);
        log.info("crawl: {} article pages from {} sources, {} failures", result.articles().size(), sources.size(),
                result.report().totalFailures());
        int pages = result.report().sources().stream().mapToInt(CrawlReport.SourceReport::pagesFetched).sum();
        StepCounts.record(pages, result.articles().size(), result.report().totalFailures(), 0);
        StepCounts.count(StepCounts.PAGES_FETCHED, pages);
    }

    /**
     * The crawler fetching each article's figures as it goes: the images of the body the extractor finds, through
     * the same fetcher (and so into the same capture, which a replay answers from), stored by content.
     */
    private Crawler withFigures(Crawler crawler, PageFetcher fetcher, List<Source> sources) {
        Map<String, Source> byName = sources.stream()
                .collect(Collectors.toMap(Source::name, Function.identity(), (a, b) -> a));
        return crawler.withFigures(c -> ArticleExtractor.figureSources(c, byName.get(c.sourceName())),
                new FigureImages(fetcher, figureLimits, FigureStore.under(props.paths().output())));
    }

    void extract(LocalDate weekEnd) {
        Map<String, Source> sources = Arrays.stream(work(weekEnd).read(SOURCES, Source[].class))
                .collect(Collectors.toMap(Source::name, Function.identity(), (a, b) -> a));
        CrawlResult crawl = work(weekEnd).read(CRAWL, CrawlResult.class);
        List<Article> articles = new ArrayList<>();
        List<SourceFailure> failures = new ArrayList<>();
        for (CrawledArticle c : crawl.articles()) {
            Source source = sources.get(c.sourceName());
            String type = c.page().contentType();
            String url = c.page().url();
            if (type != null && !type.contains("html") && !type.contains("xml")) {
                failures.add(new SourceFailure(c.sourceName(), url, "not an HTML page (" + type + ")"));
                continue;
            }
            try {
                articles.add(ArticleExtractor.extract(c, source));
            } catch (ExtractionException e) {
                failures.add(new SourceFailure(c.sourceName(), url, e.getMessage()));
            } catch (RuntimeException e) {
                failures.add(new SourceFailure(c.sourceName(), url, "unreadable page: " + e));
            }
        }
        work(weekEnd).write(ARTICLES, new Extracted(articles, failures));
        log.info("extract: {} articles, {} pages could not be read", articles.size(), failures.size());
        StepCounts.record(crawl.articles().size(), articles.size(), failures.size(), 0);
        StepCounts.count(StepCounts.ITEMS_EXTRACTED, articles.size());
    }

    /** What the compose step left for the report: candidates left out, and what changed in the draft. */
    record Composed(List<IssueComposer.Dropped> dropped, List<String> changes) {
    }

    /**
     * Composes the week's issue and stores it as a draft, or merges it into the editors' draft of the same
     * issue (their edits are kept; an approved or sent draft is left as it is). Returns the issue id.
     */
    String compose(LocalDate weekEnd) {
        Extracted extracted = work(weekEnd).read(ARTICLES, Extracted.class);
        List<Issue> existing = drafts.list();
        CrawlReport report = withExtraction(work(weekEnd).read(CRAWL, CrawlResult.class).report(), extracted);
        IssueComposer.Composition c = composer.compose(extracted.articles(), Week.endingOn(weekEnd), existing);
        boolean hasDraft = existing.stream().anyMatch(i -> i.id().equals(c.issue().id()));
        if (c.issue().items().isEmpty() && !hasDraft) {
            throw new IllegalStateException("no article of the week was kept (" + report.totalFetched()
                    + " article pages fetched, " + extracted.articles().size() + " read, " + c.dropped().size()
                    + " off-topic or duplicate; " + report.totalFailures() + " crawl failures): no issue composed, "
                    + "no number used; once the sources answer, run generate again with --fresh");
        }
        List<String> changes = editor.compose(c, extracted.articles());
        work(weekEnd).write(COMPOSITION, new Composed(c.dropped(), changes));
        writeCrawlReport(weekEnd, c.issue().id(), report);
        changes.forEach(line -> log.info("compose: {}", line));
        StepCounts.record(extracted.articles().size(), c.issue().items().size(), 0, c.dropped().size());
        StepCounts.count(StepCounts.ITEMS_KEPT, c.issue().items().size());
        return c.issue().id();
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isRegularFile(from) && !from.toAbsolutePath().equals(to.toAbsolutePath())) {
                Files.createDirectories(to.toAbsolutePath().getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    RenderedIssue render(String issueId) {
        return renderer.render(drafts.get(issueId));
    }

    /** The crawl report with, per source, how many articles were lifted and which pages could not be. */
    static CrawlReport withExtraction(CrawlReport report, Extracted extracted) {
        List<CrawlReport.SourceReport> sources = new ArrayList<>();
        for (CrawlReport.SourceReport s : report.sources()) {
            int count = (int) extracted.articles().stream().filter(a -> a.sourceName().equals(s.source())).count();
            List<CrawlReport.Failure> failed = extracted.failures().stream().filter(f -> f.source().equals(s.source()))
                    .map(f -> new CrawlReport.Failure(f.url(), "extract: " + f.reason())).toList();
            sources.add(s.withExtraction(count, failed));
        }
        return new CrawlReport(report.week(), sources);
    }

    private void writeCrawlReport(LocalDate weekEnd, String issueId, CrawlReport report) {
        copy(work(weekEnd).path(CAPTURE), renderer.folder(issueId).resolve(CAPTURE));
        AtomicFiles.writeJson(renderer.folder(issueId).resolve("crawl-report.json"), report);
    }
}
