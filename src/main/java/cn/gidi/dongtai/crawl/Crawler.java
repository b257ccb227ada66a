package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.text.CleanText;
import cn.gidi.dongtai.text.PageDecoder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls sources for one week: each source's list pages (or JSON list), then the article pages dated
 * within the week. Requests go through one queue per host, so every host is crawled politely while
 * all hosts proceed at once. A page that fails is recorded in the report and skipped; nothing a site
 * does stops the run.
 */
public final class Crawler {

    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final PageFetcher fetcher;
    private final int maxArticlesPerSource;
    private final Function<CrawledArticle, List<String>> figureFinder;
    private final FigureImages figureImages;

    public Crawler(PageFetcher fetcher, int maxArticlesPerSource) {
        this(fetcher, maxArticlesPerSource, null, null);
    }

    private Crawler(PageFetcher fetcher, int maxArticlesPerSource, Function<CrawledArticle, List<String>> figureFinder,
                    FigureImages figureImages) {
        this.fetcher = fetcher;
        this.maxArticlesPerSource = maxArticlesPerSource;
        this.figureFinder = figureFinder;
        this.figureImages = figureImages;
    }

    /**
     * This crawler, also fetching each article's figures: {@code finder} names the images of an article's body
     * (the crawl does not know what a body is; the caller's extractor does), {@code images} fetches and stores
     * them. The images go through the same host queues as the pages, after their page.
     */
    public Crawler withFigures(Function<CrawledArticle, List<String>> finder, FigureImages images) {
        return new Crawler(fetcher, maxArticlesPerSource, finder, images);
    }

    public CrawlResult crawl(List<Source> sources, Week week) {
        try (HostQueues queues = new HostQueues()) {
            List<CompletableFuture<SourceCrawl>> running = new ArrayList<>();
            for (Source s : sources) {
                running.add(crawlSource(queues, s, week));
            }
            List<CrawledArticle> articles = new ArrayList<>();
            List<CrawlReport.SourceReport> reports = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (CompletableFuture<SourceCrawl> f : running) {
                SourceCrawl sc = f.join();
                for (CrawledArticle a : sc.articles()) {
                    if (seen.add(UrlCanonicalizer.canonical(a.page().url()))) {
                        articles.add(a);
                    }
                }
                reports.add(sc.report());
            }
            return new CrawlResult(articles, new CrawlReport(week.toString(), reports));
        }
    }

    /** The state of one source's list page: did it answer, and how many dated links did it show. */
    public record ListCheck(String source, String url, boolean answered, int datedLinks, LocalDate newest,
                            String problem) {
    }

    /** Fetches every source's list pages (politely, all hosts at once) and reports each one's state. */
    public List<ListCheck> check(List<Source> sources) {
        try (HostQueues queues = new HostQueues()) {
            List<CompletableFuture<ListCheck>> checks = new ArrayList<>();
            for (Source s : sources) {
                String url = s.json() != null ? s.json().url() : s.list();
                checks.add(queues.submit(url, () -> {
                    Listing l = list(s, url);
                    if (l.failure() != null) {
                        return new ListCheck(s.name(), url, false, 0, null, l.failure().reason());
                    }
                    LocalDate newest = l.links().stream().map(ListedLink::date).max(LocalDate::compareTo).orElse(null);
                    return new ListCheck(s.name(), url, true, l.links().size(), newest,
                            l.links().isEmpty() ? "no dated links found: the list may be built by a script; "
                                    + "give the source a 'json' list or 'selectors.links'" : null);
                }));
            }
            return checks.stream().map(CompletableFuture::join).toList();
        }
    }

    private record SourceCrawl(List<CrawledArticle> articles, CrawlReport.SourceReport report) {
    }

    private record Listing(List<ListedLink> links, CrawlReport.Failure failure) {
    }

    private record Fetched(CrawledArticle article, CrawlReport.Failure failure) {
    }

    private CompletableFuture<SourceCrawl> crawlSource(HostQueues queues, Source source, Week week) {
        List<String> listUrls = new ArrayList<>(source.listPages());
        if (source.json() != null) {
            listUrls = List.of(source.json().url());
        }
        List<CompletableFuture<Listing>> listings = new ArrayList<>();
        for (String url : listUrls) {
            listings.add(queues.submit(url, () -> list(source, url)));
        }
        return CompletableFuture.allOf(listings.toArray(CompletableFuture[]::new)).thenCompose(done -> {
            List<CrawlReport.Failure> failures = new ArrayList<>();
            Map<String, ListedLink> links = new LinkedHashMap<>();
            int listsOk = 0;
            for (CompletableFuture<Listing> f : listings) {
                Listing l = f.join();
                if (l.failure() != null) {
                    failures.add(l.failure());
                } else {
                    listsOk++;
                    l.links().forEach(link -> links.putIfAbsent(UrlCanonicalizer.canonical(link.url()), link));
                }
            }
            List<ListedLink> inWeek = links.values().stream().filter(l -> week.contains(l.date()))
                    .limit(maxArticlesPerSource).toList();
            List<CompletableFuture<Fetched>> pages = new ArrayList<>();
            for (ListedLink link : inWeek) {
                pages.add(queues.submit(link.url(), () -> article(source, link))
                        .thenCompose(fetched -> withFigures(queues, fetched)));
            }
            int lists = listsOk;
            return CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new)).thenApply(all -> {
                List<CrawledArticle> articles = new ArrayList<>();
                for (CompletableFuture<Fetched> p : pages) {
                    Fetched r = p.join();
                    if (r.article() != null) {
                        articles.add(r.article());
                    } else {
                        failures.add(r.failure());
                    }
                }
                log.info("{}: {} dated links, {} in {}, {} fetched", source.name(), links.size(), inWeek.size(), week,
                        articles.size());
                return new SourceCrawl(articles, new CrawlReport.SourceReport(source.name(), source.list(), lists > 0,
                        links.size(), inWeek.size(), articles.size(), lists + articles.size(), -1, failures));
            });
        });
    }

    /**
     * The article with its figures fetched. Each image is queued on its own host's queue once the page is in
     * (never from inside the page's task: a same-host image would wait behind the task that waits for it).
     */
    private CompletableFuture<Fetched> withFigures(HostQueues queues, Fetched fetched) {
        if (figureFinder == null || fetched.article() == null) {
            return CompletableFuture.completedFuture(fetched);
        }
        List<String> urls;
        try {
            urls = figureFinder.apply(fetched.article()).stream().distinct().toList();
        } catch (RuntimeException e) {
            // The page is unreadable to the extractor: the extract step reports it; no figures to fetch.
            return CompletableFuture.completedFuture(fetched);
        }
        List<CompletableFuture<FigureImage>> images = new ArrayList<>();
        for (String url : urls) {
            images.add(queues.submit(url, () -> figureImages.get(url)));
        }
        return CompletableFuture.allOf(images.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<FigureImage> got = images.stream().map(CompletableFuture::join).toList();
            got.stream().filter(f -> f.failure() != null)
                    .forEach(f -> log.info("{}: figure {} not kept: {}", fetched.article().page().url(), f.url(), f.failure()));
            return new Fetched(fetched.article().withFigures(got), null);
        });
    }

    private Listing list(Source source, String url) {
        try {
            FetchedPage page = fetcher.fetch(url, source.allowedNetworks());
            List<ListedLink> links = source.json() != null
                    ? JsonListParser.parse(page.body(), page.finalUrl(), source.json())
                    : ListPageParser.parse(page.document(null), source.selectors());
            return new Listing(links, null);
        } catch (FetchException e) {
            log.info("{}: list page {} failed: {}", source.name(), e.url(), e.getMessage());
            return new Listing(List.of(), new CrawlReport.Failure(url, "list page: " + e.getMessage()));
        } catch (RuntimeException e) {
            return new Listing(List.of(), new CrawlReport.Failure(url, "list page unreadable: " + e.getMessage()));
        }
    }

    private Fetched article(Source source, ListedLink link) {
        try {
            FetchedPage page = fetcher.fetch(link.url(), source.allowedNetworks());
            Optional<String> notText = CleanText.notText(page.body(),
                    PageDecoder.charsetOf(page.body(), page.contentType()));
            if (notText.isPresent()) {
                log.info("{}: {} refused: {}", source.name(), link.url(), notText.get());
                return new Fetched(null, new CrawlReport.Failure(link.url(), notText.get()));
            }
            return new Fetched(new CrawledArticle(source.name(), link.title(), link.date(), page), null);
        } catch (FetchException e) {
            log.info("{}: {} failed: {}", source.name(), e.url(), e.getMessage());
            return new Fetched(null, new CrawlReport.Failure(link.url(), e.getMessage()));
        } catch (RuntimeException e) {
            return new Fetched(null, new CrawlReport.Failure(link.url(), e.toString()));
        }
    }
}
