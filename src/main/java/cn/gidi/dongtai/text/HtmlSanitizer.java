package cn.gidi.dongtai.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Scraped HTML is untrusted. This keeps the structure an article needs (paragraphs, headings, lists,
 * tables, emphasis, images with absolute http(s) sources) and drops everything else: scripts, styles,
 * event handlers, classes, forms, iframes; and control, bidi-override and private-use characters
 * ({@link CleanText#strip}).
 */
public final class HtmlSanitizer {

    private static final Safelist ARTICLE = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "sub", "sup",
                    "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
                    "img", "figure", "figcaption")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("img", "src", "alt")
            .addProtocols("img", "src", "http", "https");

    private HtmlSanitizer() {
    }

    /** Clean a fragment; relative image URLs are made absolute against {@code baseUri}. */
    public static String clean(String html, String baseUri) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, baseUri, ARTICLE, out), baseUri);
        for (Element p : doc.select("p, li, td, h2, h3, h4, strong, b")) {
            if (p.text().replace('\u00A0', ' ').isBlank() && p.select("img").isEmpty() && !p.tagName().equals("td")) {
                p.remove();
            }
        }
        // Control characters are stripped from the text itself: jsoup writes some as entities (&#x1b;), which
        // a later reader would turn back into the character.
        for (Element e : doc.body().getAllElements()) {
            for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                t.text(CleanText.strip(t.getWholeText()));
            }
            e.attributes().forEach(a -> a.setValue(CleanText.strip(a.getValue())));
        }
        doc.outputSettings(out);
        return CleanText.strip(doc.body().html().trim());
    }
}
