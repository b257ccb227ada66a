package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.text.CleanText;
import cn.gidi.dongtai.text.HtmlSanitizer;

import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.source.Selectors;
import cn.gidi.dongtai.source.Source;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lifts title, date, issuer and body from an article page. A source's selectors win where it has
 * them; otherwise the metas Chinese government content systems write (TRS, Hanweb: {@code ArticleTitle},
 * {@code PubDate}, {@code ContentSource}), then what the page shows: a confirmed heading, a labelled
 * date or the URL's, the issuing body or {@code 来源：}, and the block of prose found by {@link MainContent},
 * cleaned of share bars, editor lines and related links by {@link BodyCleaner}.
 */
public final class ArticleExtractor {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ArticleExtractor.class);

    private ArticleExtractor() {
    }

    public static Article extract(CrawledArticle crawled, Source source) {
        FetchedPage page = crawled.page();
        Document doc = page.document(source.charset());
        Selectors sel = source.selectors();
        String url = page.finalUrl() != null ? page.finalUrl() : page.url();

        Element body = sel.body() != null ? doc.selectFirst(sel.body()) : null;
        if (body == null) {
            body = MainContent.find(doc);
        }
        String title = TitleFinder.find(doc, selectText(doc, sel.title()), crawled.listedTitle(), body);
        if (title == null) {
            // A missing title never loses the page: the best heading stands in, and the log says so.
            title = TitleFinder.bestHeading(doc);
            if (title == null) {
                throw new ExtractionException(url + ": no title found (no ArticleTitle meta, heading or <title>)");
            }
            log.warn("{}: no title confirmed by the page's metas or <title>; took the heading \"{}\"", url, title);
        }
        LocalDate date = PublishDateFinder.find(doc, selectText(doc, sel.date()), url).orElse(crawled.listedDate());
        String issuer = IssuerFinder.find(doc, selectText(doc, sel.source()));
        if (issuer == null) {
            issuer = source.issuer();
        }
        if (body == null && sel.body() == null) {
            // No block of prose (a post of a line or two without a sentence mark): the element the page names
            // as its article or content.
            body = MainContent.named(doc);
            if (body != null) {
                log.warn("{}: no block of prose found; took the page's named content element", url);
            }
        }
        if (body == null) {
            // No block of prose stands out (a contents page, a gallery): keep the page's text rather than lose it.
            body = doc.body();
            log.warn("{}: no article block found; the whole page's text is taken as the body", url);
        }
        String bodyHtml = HtmlSanitizer.clean(BodyCleaner.clean(body, title).html(), url);
        String bodyText = BodyText.of(bodyHtml);
        Element named = bodyText.length() < 20 && sel.body() == null ? MainContent.named(doc) : null;
        if (named != null) {
            // A post of a line or two without a sentence mark is no prose block: the page's named content
            // element holds it, and a short post is still the page's article.
            String namedHtml = HtmlSanitizer.clean(BodyCleaner.clean(named, title).html(), url);
            if (BodyText.of(namedHtml).length() > bodyText.length()) {
                bodyHtml = namedHtml;
                bodyText = BodyText.of(namedHtml);
                log.warn("{}: the prose block held no text; took the page's named content element", url);
            }
        }
        if (bodyText.length() < 20) {
            throw new ExtractionException(url + ": article body is empty or too short (" + bodyText.length() + " chars)");
        }
        // Figures are placed after the text is taken, so the text keeps their captions.
        Figures.Attached figures = Figures.attach(Figures.place(bodyHtml), crawled.figures());
        return new Article(url, CleanText.strip(title).strip(), date, CleanText.strip(issuer), figures.html(),
                CleanText.strip(bodyText), source.name(), source.kind(), figures.notes());
    }

    /** The addresses of the images in an article's body: what the crawl fetches as its figures. */
    public static List<String> figureSources(CrawledArticle crawled, Source source) {
        return Figures.sources(extract(crawled, source).bodyHtml());
    }

    private static String selectText(Document doc, String css) {
        if (css == null || css.isBlank()) {
            return null;
        }
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text().trim();
    }
}
