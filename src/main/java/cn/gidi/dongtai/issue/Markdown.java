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

    private Markdown() {
    }

    static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return TO_MARKDOWN.convert(html).strip() + "\n";
    }

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown)).strip();
    }
}
