package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.extract.PageDecoder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls sources for one week: each source's list page, then the article pages dated within the week.
 * A page that fails is recorded in the report and skipped; nothing a site does stops the run.
 */
public final class Crawler {

    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final PageFetcher fetcher;
    private final int maxArticlesPerSource;
    private final int parallelSources;

    public Crawler(PageFetcher fetcher, int maxArticlesPerSource, int parallelSources) {
        this.fetcher = fetcher;
        this.maxArticlesPerSource = maxArticlesPerSource;
        this.parallelSources = Math.max(1, parallelSources);
    }

    public CrawlResult crawl(List<Source> sources, Week week) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelSources, Math.max(1, sources.size())));
        try {
            List<Future<SourceCrawl>> futures = new ArrayList<>();
            for (Source source : sources) {
                futures.add(pool.submit(() -> crawlSource(source, week)));
            }
            List<CrawledArticle> articles = new ArrayList<>();
            List<CrawlReport.SourceReport> reports = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Future<SourceCrawl> f : futures) {
                SourceCrawl sc = f.get();
                for (CrawledArticle a : sc.articles) {
                    if (seen.add(a.page().url())) {
                        articles.add(a);
                    }
                }
                reports.add(sc.report);
            }
            return new CrawlResult(articles, new CrawlReport(week.toString(), reports));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("crawl interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("crawl failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record SourceCrawl(List<CrawledArticle> articles, CrawlReport.SourceReport report) {
    }

    private SourceCrawl crawlSource(Source source, Week week) {
        List<CrawlReport.Failure> failures = new ArrayList<>();
        List<CrawledArticle> articles = new ArrayList<>();
        List<ListedLink> links;
        try {
            FetchedPage list = fetcher.fetch(source.list());
            links = ListPageParser.parse(PageDecoder.parse(list), source.selectors());
        } catch (FetchException e) {
            log.warn("{}: list page {} failed: {}", source.name(), e.url(), e.getMessage());
            failures.add(new CrawlReport.Failure(e.url(), e.getMessage()));
            return new SourceCrawl(articles, new CrawlReport.SourceReport(
                    source.name(), source.list(), false, 0, 0, 0, failures));
        } catch (RuntimeException e) {
            failures.add(new CrawlReport.Failure(source.list(), "list page unreadable: " + e.getMessage()));
            return new SourceCrawl(articles, new CrawlReport.SourceReport(
                    source.name(), source.list(), false, 0, 0, 0, failures));
        }
        List<ListedLink> inWeek = links.stream().filter(l -> week.contains(l.date())).limit(maxArticlesPerSource).toList();
        for (ListedLink link : inWeek) {
            try {
                articles.add(new CrawledArticle(source.name(), link.title(), link.date(), fetcher.fetch(link.url())));
            } catch (FetchException e) {
                log.warn("{}: {} failed: {}", source.name(), e.url(), e.getMessage());
                failures.add(new CrawlReport.Failure(e.url(), e.getMessage()));
            }
        }
        log.info("{}: {} dated links, {} in {}, {} fetched", source.name(), links.size(), inWeek.size(), week,
                articles.size());
        return new SourceCrawl(articles, new CrawlReport.SourceReport(
                source.name(), source.list(), true, links.size(), inWeek.size(), articles.size(), failures));
    }
}
