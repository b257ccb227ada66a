package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.crawl.Selectors;
import cn.gidi.dongtai.crawl.Source;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Lifts title, date, issuer and body from an article page: first the meta tags Chinese government
 * content systems write (TRS, Hanweb: {@code ArticleTitle}, {@code PubDate}, {@code ContentSource}),
 * then the source's selectors, then what the page shows ({@code h1}, {@code 发布时间：}, {@code 来源：},
 * the usual body containers, and finally the block with the most paragraph text).
 */
public final class ArticleExtractor {

    private static final String[] BODY_CONTAINERS = {
        ".TRS_Editor", "#zoom", ".article-content", "#UCAP-CONTENT", ".pages_content", ".article_con",
        "#content", ".content", "article"
    };
    private static final String[] DATE_METAS = {
        "PubDate", "pubdate", "firstpublishedtime", "publishdate", "article:published_time", "Maketime"
    };
    private static final Pattern SOURCE_TEXT = Pattern.compile(
            "(?:信息来源|文章来源|来源)\\s*[:：]\\s*([^\\s|｜　]{2,40})");
    private static final Pattern DATE_LABEL = Pattern.compile("(?:发布时间|发布日期|时间|日期)\\s*[:：]");
    private static final Pattern DATE_TIME = Pattern.compile(
            "20\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?\\s+\\d{1,2}:\\d{2}");

    private ArticleExtractor() {
    }

    public static Article extract(CrawledArticle crawled, Source source) {
        FetchedPage page = crawled.page();
        Document doc = PageDecoder.parse(page);
        Selectors sel = source.selectors();
        String url = page.finalUrl() != null ? page.finalUrl() : page.url();

        String title = TitleCleaner.clean(firstNonBlank(
                selectText(doc, sel.title()), meta(doc, "ArticleTitle"), meta(doc, "og:title"),
                heading(doc, crawled.listedTitle()), untruncated(crawled.listedTitle()), pageTitle(doc)));
        if (title == null) {
            throw new ExtractionException(url + ": no title found (no ArticleTitle meta, h1 or <title>)");
        }
        LocalDate date = publishDate(doc, sel, url).orElse(crawled.listedDate());
        String issuer = cleanIssuer(firstNonBlank(
                selectText(doc, sel.source()), meta(doc, "ContentSource"), meta(doc, "contentSource"),
                visibleSource(doc), source.issuer()));
        Element body = body(doc, sel);
        if (body == null) {
            throw new ExtractionException(url + ": no article body found; give the source a 'body' selector");
        }
        String bodyHtml = HtmlSanitizer.clean(body.html(), url);
        String bodyText = org.jsoup.Jsoup.parse(bodyHtml).text();
        if (bodyText.length() < 20) {
            throw new ExtractionException(url + ": article body is empty or too short (" + bodyText.length() + " chars)");
        }
        return new Article(url, title, date, issuer, bodyHtml, bodyText, source.name(), source.kind(), source.section());
    }

    private static Optional<LocalDate> publishDate(Document doc, Selectors sel, String url) {
        String selected = selectText(doc, sel.date());
        if (selected != null) {
            Optional<LocalDate> d = DateFinder.inText(selected);
            if (d.isPresent()) {
                return d;
            }
        }
        for (String name : DATE_METAS) {
            Optional<LocalDate> d = DateFinder.inText(meta(doc, name));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element e : doc.getElementsMatchingOwnText(DATE_LABEL)) {
            Optional<LocalDate> d = DateFinder.inText(e.text());
            if (d.isPresent()) {
                return d;
            }
        }
        Optional<LocalDate> fromUrl = DateFinder.inUrl(url);
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        // A date with a time of day written on its own is the page's publish stamp.
        for (Element e : doc.getElementsMatchingOwnText(DATE_TIME)) {
            if (e.closest("a") == null && e.text().length() < 80) {
                Optional<LocalDate> d = DateFinder.inText(e.text());
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Element body(Document doc, Selectors sel) {
        if (sel.body() != null) {
            Element e = doc.selectFirst(sel.body());
            if (e != null) {
                return e;
            }
        }
        for (String css : BODY_CONTAINERS) {
            Elements found = doc.select(css);
            Element best = null;
            for (Element e : found) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && best.text().length() >= 40) {
                return best;
            }
        }
        return densestBlock(doc);
    }

    /**
     * The block that holds the article when no known container does: the element with the most text
     * outside links (weighted down by its share of link text, so navigation loses), then narrowed to the
     * child that holds most of that text, so page wrappers are shed.
     */
    private static Element densestBlock(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : doc.body().select("div, td, section, article, main, table")) {
            double score = contentScore(e);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        while (best != null) {
            int own = plainText(best);
            Element narrower = null;
            for (Element child : best.children()) {
                if (plainText(child) >= own * 0.7) {
                    narrower = child;
                }
            }
            if (narrower == null) {
                break;
            }
            best = narrower;
        }
        return best != null && plainText(best) >= 40 ? best : null;
    }

    private static double contentScore(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int plain = plainText(e);
        return plain * ((double) plain / total);
    }

    /** Characters of text not inside links. */
    private static int plainText(Element e) {
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.max(0, e.text().length() - links);
    }

    /** A heading that the page's own title or the list page confirms (a site logo in h1 is not the title). */
    private static String heading(Document doc, String listedTitle) {
        String pageTitle = doc.title();
        String listed = untruncated(listedTitle);
        for (Element h : doc.select("h1, h2, h3")) {
            String t = h.text().trim();
            if (t.length() >= 6 && (pageTitle.contains(t) || (listed != null && (t.contains(listed) || listed.contains(t))))) {
                return t;
            }
        }
        return null;
    }

    private static String untruncated(String listedTitle) {
        if (listedTitle == null || listedTitle.endsWith("…") || listedTitle.endsWith("...")) {
            return null;
        }
        return listedTitle;
    }

    private static String pageTitle(Document doc) {
        String t = doc.title();
        if (t == null || t.isBlank()) {
            return null;
        }
        String[] parts = t.split("[_|｜]|\\s-\\s|-(?=[^-]{2,12}$)");
        String longest = "";
        for (String p : parts) {
            if (p.trim().length() > longest.length()) {
                longest = p.trim();
            }
        }
        return longest;
    }

    private static String visibleSource(Document doc) {
        for (Element e : doc.getElementsMatchingOwnText("来源\\s*[:：]")) {
            if (e.text().length() > 200) {
                continue;
            }
            Matcher m = SOURCE_TEXT.matcher(e.text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String cleanIssuer(String issuer) {
        if (issuer == null) {
            return null;
        }
        return issuer.replaceFirst("^(信息来源|文章来源|来源)\\s*[:：]\\s*", "").trim();
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
        return m == null ? null : m.attr("content").trim();
    }

    private static String selectText(Document doc, String css) {
        if (css == null || css.isBlank()) {
            return null;
        }
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text().trim();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
