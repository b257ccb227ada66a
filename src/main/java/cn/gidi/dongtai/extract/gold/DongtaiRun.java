package cn.gidi.dongtai.extract.gold;

import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.crawl.ListPageParser;
import cn.gidi.dongtai.crawl.ListedLink;
import cn.gidi.dongtai.source.Selectors;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.extract.ArticleExtractor;
import cn.gidi.dongtai.text.PageDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs dongtai over the gold set as it meets an unknown site: the generic extractor with no selectors
 * and no issuer to fall back on; list pages through the crawler's {@link ListPageParser}. The pages are
 * read into memory first, so the timing is extraction only (decode, parse, extract), on this thread.
 */
public final class DongtaiRun {

    private DongtaiRun() {
    }

    /** Extracts every page {@code 1 + timedPasses} times; the fastest timed pass is reported. */
    public static Results run(List<GoldPage> gold, int timedPasses) {
        List<FetchedPage> pages = new ArrayList<>();
        for (GoldPage g : gold) {
            pages.add(new FetchedPage(g.url(), g.url(), 200, null, bytes(g), Instant.EPOCH));
        }
        List<PageResult> results = extractAll(gold, pages);
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < timedPasses; pass++) {
            long start = System.nanoTime();
            results = extractAll(gold, pages);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new Results("dongtai", timedPasses > 0 ? best : 0, gold.size(), results);
    }

    private static List<PageResult> extractAll(List<GoldPage> gold, List<FetchedPage> pages) {
        List<PageResult> results = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            results.add(extract(gold.get(i), pages.get(i)));
        }
        return results;
    }

    static PageResult extract(GoldPage g, FetchedPage page) {
        try {
            if (g.isList()) {
                List<GoldPage.Link> links = new ArrayList<>();
                for (ListedLink l : ListPageParser.parse(page.document(null), Selectors.NONE)) {
                    links.add(new GoldPage.Link(l.title(), l.url(), l.date().toString()));
                }
                return new PageResult(g.id(), null, null, null, null, links, null);
            }
            Source unknown = new Source("bench", null, SourceKind.LOCAL, null, g.url(), Selectors.NONE);
            Article a = ArticleExtractor.extract(new CrawledArticle("bench", null, null, page), unknown);
            return new PageResult(g.id(), a.title(), a.publishedAt() == null ? null : a.publishedAt().toString(),
                    a.issuer(), a.bodyText(), List.of(), null);
        } catch (RuntimeException e) {
            return new PageResult(g.id(), null, null, null, null, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static byte[] bytes(GoldPage g) {
        try {
            return Files.readAllBytes(g.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
