package cn.gidi.dongtai.issue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Article text in the draft files is Markdown, so editors edit words, not HTML. The extracted (already
 * sanitized) HTML is converted once when a candidate enters a draft; rendering converts it back (and the
 * renderer sanitizes it again, because an editor may have typed anything).
 */
final class Markdown {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, "");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
    private static final FlexmarkHtmlConverter TO_MARKDOWN = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            // The document's own characters stay: “ ” ‘ ’ … — are not turned into ASCII look-alikes.
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1)).build();

    private static final java.util.regex.Pattern CLOSING_RUN_SPACE =
            java.util.regex.Pattern.compile("(\\*+) ([\\p{P}&&[^\\x00-\\x7F]])");

    private Markdown() {
    }

    static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String md = TO_MARKDOWN.convert(punctuationOutsideEmphasis(html)).strip();
        // The converter puts a space after a closing ** when another emphasis follows in the paragraph; before
        // Chinese punctuation that space would print. A run followed by a space cannot open, so it is a closing one.
        return CLOSING_RUN_SPACE.matcher(md).replaceAll("$1$2") + "\n";
    }

    /**
     * CommonMark closes {@code **} only where the run is "right-flanking": Chinese bold usually ends on 。 or ”
     * and is followed at once by more text ({@code **增长较快。**1—4月份}), which leaves the asterisks printed.
     * Moving the punctuation and spaces at the edges of a bold or italic run outside it keeps the meaning and lets
     * every run open and close.
     */
    static String punctuationOutsideEmphasis(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element e : doc.body().select("strong, b, em, i")) {
            if (e.childNodeSize() > 0 && e.childNode(0) instanceof org.jsoup.nodes.TextNode first) {
                String t = first.getWholeText();
                int i = 0;
                while (i < t.length() && edge(t.codePointAt(i))) {
                    i += Character.charCount(t.codePointAt(i));
                }
                if (i > 0) {
                    e.before(new org.jsoup.nodes.TextNode(t.substring(0, i)));
                    first.text(t.substring(i));
                }
            }
            if (e.childNodeSize() > 0 && e.childNode(e.childNodeSize() - 1) instanceof org.jsoup.nodes.TextNode last) {
                String t = last.getWholeText();
                int j = t.length();
                while (j > 0 && edge(t.codePointBefore(j))) {
                    j -= Character.charCount(t.codePointBefore(j));
                }
                if (j < t.length()) {
                    e.after(new org.jsoup.nodes.TextNode(t.substring(j)));
                    last.text(t.substring(0, j));
                }
            }
            if (e.text().isEmpty() && e.select("img").isEmpty()) {
                e.unwrap();
            }
        }
        return doc.body().html();
    }

    private static boolean edge(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown)).strip();
    }
}
