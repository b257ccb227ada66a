package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.crawl.CrawlResult;
import cn.gidi.dongtai.crawl.Crawler;
import cn.gidi.dongtai.crawl.FigureImages;
import cn.gidi.dongtai.crawl.FigureSettings;
import cn.gidi.dongtai.crawl.HttpPageFetcher;
import cn.gidi.dongtai.crawl.PageFetcher;
import cn.gidi.dongtai.extract.ArticleExtractor;
import cn.gidi.dongtai.files.FigureStore;
import cn.gidi.dongtai.crawl.WarcCapture;
import cn.gidi.dongtai.crawl.WarcReplayFetcher;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourcesFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Step {@code crawl}: the request's sources (or a replayed capture) crawled for the week, through package
 * {@code crawl}'s API. Leaves the sources, the crawl result and the capture in the instance's work folder.
 */
@Component
@Lazy
class CrawlTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CrawlTasklet.class);

    private final DongtaiProperties props;
    private final FigureSettings figureLimits;

    CrawlTasklet(DongtaiProperties props, FigureSettings figureLimits) {
        this.props = props;
        this.figureLimits = figureLimits;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var execution = chunk.getStepContext().getStepExecution().getJobExecution();
        RunRequest request = RunRequest.of(execution.getJobParameters());
        WorkFiles work = WorkFiles.of(execution, props.paths().output());
        crawl(request, work);
        return RepeatStatus.FINISHED;
    }

    private void crawl(RunRequest request, WorkFiles work) {
        var crawl = props.crawl();
        Path capture = work.record(WorkFiles.CAPTURE, "crawl.warc.gz");
        CrawlResult result;
        List<Source> sources;
        if (request.replay() != null) {
            WarcReplayFetcher fetcher = new WarcReplayFetcher(request.replay());
            sources = fetcher.sources().orElseGet(() -> SourcesFile.load(request.sources(), request.base()));
            result = withFigures(new Crawler(fetcher, crawl.maxArticlesPerSource()), fetcher, sources)
                    .crawl(sources, Week.endingOn(request.week()));
            copy(request.replay(), capture);
        } else {
            sources = SourcesFile.load(request.sources(), request.base());
            try (WarcCapture warc = new WarcCapture(capture, sources)) {
                HttpPageFetcher fetcher = new HttpPageFetcher(crawl, warc);
                result = withFigures(new Crawler(fetcher, crawl.maxArticlesPerSource()), fetcher, sources)
                        .crawl(sources, Week.endingOn(request.week()));
            }
        }
        work.write(WorkFiles.SOURCES, "sources.json", sources);
        work.write(WorkFiles.CRAWL, "crawl.json", result);
        log.info("crawl: {} article pages from {} sources, {} failures", result.articles().size(), sources.size(),
                result.report().totalFailures());
        int pages = result.report().sources().stream().mapToInt(CrawlReport.SourceReport::pagesFetched).sum();
        StepCounts.record(pages, result.articles().size(), result.report().totalFailures(), 0);
        StepCounts.count(StepCounts.PAGES_FETCHED, pages);
    }

    /**
     * The crawler fetching each article's figures as it goes: the images of the body the extractor finds, through
     * the same fetcher (and so into the same capture, which a replay answers from), stored by content. The store is
     * shared by all runs (not in the instance's work folder): `render --issue` and the console re-render long after.
     */
    private Crawler withFigures(Crawler crawler, PageFetcher fetcher, List<Source> sources) {
        Map<String, Source> byName = sources.stream()
                .collect(Collectors.toMap(Source::name, Function.identity(), (a, b) -> a));
        return crawler.withFigures(c -> ArticleExtractor.figureSources(c, byName.get(c.sourceName())),
                new FigureImages(fetcher, figureLimits, FigureStore.under(props.paths().output())));
    }

    static void copy(Path from, Path to) {
        try {
            if (Files.isRegularFile(from) && !from.toAbsolutePath().equals(to.toAbsolutePath())) {
                Files.createDirectories(to.toAbsolutePath().getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }
}
