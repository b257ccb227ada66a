package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.source.Selectors;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Runs the generic extractor (no selectors, no issuer to fall back on) over a page written in a test. */
final class Pages {

    static final String URL = "https://www.example.gov.cn/art/2024/5/28/art_1_2.html";

    private Pages() {
    }

    static Article extract(String html) {
        return extract(html, URL);
    }

    static Article extract(String html, String url) {
        FetchedPage page = new FetchedPage(url, url, 200, "text/html", html.getBytes(StandardCharsets.UTF_8), Instant.now());
        return ArticleExtractor.extract(new CrawledArticle("test", null, null, page),
                new Source("test", null, SourceKind.LOCAL, null, url, Selectors.NONE));
    }
}
