package cn.gidi.dongtai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import cn.gidi.dongtai.files.FigureStore;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An article body made ready for the page. Rendering never fetches: a figure is shown when the crawl stored its
 * image (the draft names it, see {@link FigureStore}), inlined as a {@code data:} URI with its caption under it;
 * a figure whose image is not stored cannot be shown: it goes, and its caption (图1 …) with it, and a note says so.
 * Paragraphs lose the indent their source typed (full-width or no-break spaces): the stylesheet gives every
 * paragraph one 2em indent.
 */
final class ArticleBody {

    /** A caption: 图1, 图 2, 图３, 图一 … at the start of a short block. */
    private static final Pattern CAPTION = Pattern.compile("^[\\s\\u3000]*(图|圖|Figure|Fig\\.)[\\s\\u3000]*[0-9０-９一二三四五六七八九十]+.*",
            Pattern.DOTALL);
    private static final int CAPTION_MAX = 120;
    private static final Pattern HAN_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}，。、；：）》])[ \\u00A0]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \\u00A0]+(?=[\\p{IsHan}（《])");
    private static final Pattern LEADING_SPACE = Pattern.compile("^[\\s\\u3000\\u00A0\\u2002\\u2003\\u2009\\u200B]+");

    /**
     * {@code html} is the whole body; {@code lead} + {@code last} is the same body split before its last
     * paragraph when that is short, so the print edition can keep it together with the source line and the
     * QR block (which then never stands alone at the top of a page).
     */
    record Prepared(String html, String lead, String last, List<String> notes) {
    }

    private static final int LAST_PARAGRAPH_MAX = 160;

    private ArticleBody() {
    }

    static Prepared prepare(String sanitizedHtml) {
        return prepare(sanitizedHtml, new FigureStore(java.nio.file.Path.of("nonexistent-figure-store")));
    }

    /** As above, showing each figure whose image the crawl stored in {@code figures}. */
    static Prepared prepare(String sanitizedHtml, FigureStore figures) {
        Document doc = Jsoup.parseBodyFragment(sanitizedHtml);
        doc.outputSettings().prettyPrint(false);
        List<String> notes = new ArrayList<>();
        for (Element img : doc.body().select("img")) {
            if (img.attr("src").startsWith("data:image/")) {
                continue;
            }
            Optional<FigureView.Image> stored = FigureStore.nameIn(img.attr("src"))
                    .flatMap(name -> figures.read(name).flatMap(bytes -> FigureView.image(name, bytes)));
            if (stored.isPresent()) {
                FigureView.show(img, stored.get());
            } else {
                dropFigure(img, notes);
            }
        }
        for (Element block : doc.body().select("p, li, blockquote, div")) {
            stripLeadingSpace(block);
        }
        // "2024 年", "探索 5G": a space between Hanzi and a figure is the web's habit, not print's; justified
        // lines would stretch it into a gap.
        for (TextNode t : doc.body().select("*").not("figcaption").textNodes()) {
            String s = HAN_SPACE.matcher(t.getWholeText()).replaceAll("");
            if (!s.equals(t.getWholeText())) {
                t.text(s);
            }
        }
        String html = doc.body().html().trim();
        Element last = doc.body().children().last();
        if (last != null && last.tagName().equals("p") && last.text().length() <= LAST_PARAGRAPH_MAX) {
            String lastHtml = last.outerHtml();
            last.remove();
            return new Prepared(html, doc.body().html().trim(), lastHtml, notes);
        }
        return new Prepared(html, html, "", notes);
    }

    private static void dropFigure(Element img, List<String> notes) {
        Element figure = img.closest("figure");
        if (figure != null) {
            String caption = figure.select("figcaption").text();
            figure.remove();
            notes.add(note(caption));
            return;
        }
        Element holder = img.parent();
        // A draft written by dongtai carries the caption as the image's alt (see extract.Figures).
        String caption = isCaption(img.attr("alt").strip()) ? img.attr("alt").strip() : "";
        img.remove();
        if (holder != null && holder != holder.ownerDocument().body() && holder.select("img, table").isEmpty()) {
            String own = holder.text().trim();
            if (own.isEmpty()) {
                Element next = holder.nextElementSibling();
                holder.remove();
                if (next != null && caption.isEmpty() && isCaption(next.text())) {
                    caption = next.text();
                    next.remove();
                }
            } else if (isCaption(own)) {
                caption = own;
                holder.remove();
            }
        }
        notes.add(note(caption));
    }

    private static boolean isCaption(String text) {
        return text.length() <= CAPTION_MAX && CAPTION.matcher(text).matches();
    }

    private static String note(String caption) {
        return caption.isBlank() ? "a figure not in the draft was left out"
                : "a figure not in the draft was left out with its caption \"" + caption.strip() + "\"";
    }

    private static void stripLeadingSpace(Element block) {
        for (Node n = block.firstChild(); n != null; ) {
            if (n instanceof TextNode t) {
                String s = LEADING_SPACE.matcher(t.getWholeText()).replaceFirst("");
                t.text(s);
                if (!s.isEmpty()) {
                    return;
                }
                n = n.nextSibling();
            } else if (n instanceof Element e && (e.tagName().equals("strong") || e.tagName().equals("b")
                    || e.tagName().equals("span") || e.tagName().equals("em"))) {
                stripLeadingSpace(e);
                return;
            } else if (n instanceof Element e && e.tagName().equals("br")) {
                Node next = n.nextSibling();
                n.remove();
                n = next;
            } else {
                return;
            }
        }
    }
}
