package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.crawl.CrawlResult;
import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.Crawler;
import cn.gidi.dongtai.crawl.HttpPageFetcher;
import cn.gidi.dongtai.crawl.Source;
import cn.gidi.dongtai.crawl.SourcesFile;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.extract.ArticleExtractor;
import cn.gidi.dongtai.extract.ExtractionException;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.IssueStatus;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.mail.SubscriberStore;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.RenderedIssue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

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
    static final String SENT = "send.json";

    record Extracted(List<Article> articles, List<String> failures) {
    }

    private final DongtaiProperties props;
    private final IssueComposer composer;
    private final IssueStore drafts;
    private final IssueRenderer renderer;
    private final IssueMailer mailer;
    private final SubscriberStore subscribers;

    PipelineStages(DongtaiProperties props, IssueComposer composer, IssueStore drafts, IssueRenderer renderer,
                   IssueMailer mailer, SubscriberStore subscribers) {
        this.props = props;
        this.composer = composer;
        this.drafts = drafts;
        this.renderer = renderer;
        this.mailer = mailer;
        this.subscribers = subscribers;
    }

    WorkFiles work(LocalDate week) {
        return new WorkFiles(props.paths().output(), week.toString());
    }

    void crawl(LocalDate weekEnd, Path sourcesFile, String base) {
        List<Source> sources = SourcesFile.load(sourcesFile, base);
        var crawl = props.crawl();
        Crawler crawler = new Crawler(new HttpPageFetcher(crawl), crawl.maxArticlesPerSource(), crawl.parallelSources());
        CrawlResult result = crawler.crawl(sources, Week.endingOn(weekEnd));
        work(weekEnd).write(CRAWL, result);
        log.info("crawl: {} article pages from {} sources, {} failures", result.articles().size(), sources.size(),
                result.report().totalFailures());
    }

    void extract(LocalDate weekEnd, Path sourcesFile, String base) {
        Map<String, Source> sources = SourcesFile.load(sourcesFile, base).stream()
                .collect(Collectors.toMap(Source::name, Function.identity(), (a, b) -> a));
        CrawlResult crawl = work(weekEnd).read(CRAWL, CrawlResult.class);
        List<Article> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (CrawledArticle c : crawl.articles()) {
            Source source = sources.get(c.sourceName());
            String type = c.page().contentType();
            if (type != null && !type.contains("html") && !type.contains("xml")) {
                failures.add(c.page().url() + ": not an HTML page (" + type + ")");
                continue;
            }
            try {
                articles.add(ArticleExtractor.extract(c, source));
            } catch (ExtractionException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                failures.add(c.page().url() + ": unreadable page: " + e);
            }
        }
        work(weekEnd).write(ARTICLES, new Extracted(articles, failures));
        log.info("extract: {} articles, {} pages could not be read", articles.size(), failures.size());
    }

    /** Composes and stores the draft; an issue an editor has approved is kept as it is. Returns its id. */
    String compose(LocalDate weekEnd) {
        Extracted extracted = work(weekEnd).read(ARTICLES, Extracted.class);
        List<Issue> existing = drafts.list();
        Optional<Issue> approved = existing.stream()
                .filter(i -> i.date().equals(weekEnd) && i.status() == IssueStatus.APPROVED).findFirst();
        CrawlReport report = work(weekEnd).read(CRAWL, CrawlResult.class).report();
        if (approved.isPresent()) {
            log.warn("issue {} is approved by an editor: the new crawl does not replace it", approved.get().id());
            work(weekEnd).write(COMPOSITION, List.of());
            writeCrawlReport(approved.get().id(), report);
            return approved.get().id();
        }
        IssueComposer.Composition c = composer.compose(extracted.articles(), Week.endingOn(weekEnd), existing);
        drafts.save(c.issue());
        work(weekEnd).write(COMPOSITION, c.dropped());
        writeCrawlReport(c.issue().id(), report);
        log.info("compose: issue {} with {} items, {} dropped", c.issue().id(), c.issue().items().size(),
                c.dropped().size());
        return c.issue().id();
    }

    RenderedIssue render(String issueId) {
        return renderer.render(drafts.get(issueId));
    }

    SendReport mail(LocalDate weekEnd, String issueId) {
        SendReport report = mailer.send(issueId, subscribers.list(), false);
        work(weekEnd).write(SENT, report);
        return report;
    }

    private void writeCrawlReport(String issueId, CrawlReport report) {
        Path file = renderer.folder(issueId).resolve("crawl-report.json");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
