package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.crawl.FigureImage;
import cn.gidi.dongtai.files.FigureStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The figures of a sanitized body. Each image is put in a paragraph of its own at its place in the text, its
 * caption (图1 … in a {@code figcaption}, or in the block just below or above it) moved into the image's
 * {@code alt}: in the draft's Markdown a figure is then one line, {@code ![图1 …](url)}, which an editor can
 * move or delete whole. Tables stay as they are (the body keeps them as tables).
 *
 * <p>Once the crawl has fetched the images, {@link #attach} points each at its stored copy, or removes it with
 * its caption and says why, for the draft.
 */
final class Figures {

    /** A caption: 图1, 图 2, 图３, 图一 … at the start of a short block. */
    private static final Pattern CAPTION = Pattern.compile(
            "^[\\s\\u3000]*(图|圖|Figure|Fig\\.)[\\s\\u3000]*[0-9０-９一二三四五六七八九十]+.*", Pattern.DOTALL);
    private static final int CAPTION_MAX = 120;

    /** The body with its figures stored or dropped, and a line for each dropped one. */
    record Attached(String html, List<String> notes) {
    }

    private Figures() {
    }

    /** Every image in its own paragraph with its caption as {@code alt}. */
    static String place(String sanitizedHtml) {
        Document doc = parse(sanitizedHtml);
        for (Element img : doc.body().select("img")) {
            if (img.closest("table") != null) {
                continue; // an image in a table cell stays in its cell
            }
            String caption = takeCaption(img);
            Element p = new Element("p").appendChild(img.clone().attr("alt", caption));
            Element block = blockOf(img);
            if (block == null) {
                img.replaceWith(p);
            } else {
                block.before(p);
                img.remove();
                if (block.text().isBlank() && block.select("img, table").isEmpty()) {
                    block.remove();
                }
            }
        }
        return doc.body().html().trim();
    }

    /** The images' addresses, in order. */
    static List<String> sources(String html) {
        return parse(html).body().select("img[src]").eachAttr("src").stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * Points each image the crawl stored at its stored copy and removes each it could not have (with its caption:
     * a caption without its figure misleads), noting {@code 图2 … 未能取得：HTTP 404 Not Found http://…}. An image
     * the crawl did not try (a page read on its own) is left as it is: render leaves out what is not stored.
     */
    static Attached attach(String html, List<FigureImage> fetched) {
        if (fetched.isEmpty()) {
            return new Attached(html, List.of());
        }
        Map<String, FigureImage> byUrl = new HashMap<>();
        fetched.forEach(f -> byUrl.put(f.url(), f));
        Document doc = parse(html);
        List<String> notes = new ArrayList<>();
        for (Element img : doc.body().select("img[src]")) {
            FigureImage f = byUrl.get(img.attr("src"));
            if (f == null) {
                continue;
            }
            if (f.stored() != null) {
                img.attr("src", FigureStore.reference(f.url(), f.stored()));
            } else {
                String caption = img.attr("alt").strip();
                notes.add((caption.isEmpty() ? "一幅图" : caption) + " 未能取得：" + f.failure() + " " + f.url());
                Element p = img.parent();
                img.remove();
                if (p != null && p != doc.body() && p.text().isBlank() && p.select("img, table").isEmpty()) {
                    p.remove();
                }
            }
        }
        return new Attached(doc.body().html().trim(), notes);
    }

    private static Document parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    /** The block holding the image (a paragraph, a figure), or null when it sits in the body itself. */
    private static Element blockOf(Element img) {
        Element figure = img.closest("figure");
        if (figure != null) {
            return figure;
        }
        Element parent = img.parent();
        while (parent != null && !parent.normalName().equals("body") && !BlockText.BLOCKS.contains(parent.normalName())) {
            parent = parent.parent();
        }
        return parent == null || parent.normalName().equals("body") ? null : parent;
    }

    /** Finds the image's caption, removes it from the text and returns it ("" when it has none). */
    private static String takeCaption(Element img) {
        Element figure = img.closest("figure");
        if (figure != null) {
            Element cap = figure.selectFirst("figcaption");
            String text = cap == null ? "" : cap.text().strip();
            if (cap != null) {
                cap.remove();
            }
            return text;
        }
        Element block = blockOf(img);
        if (block == null) {
            return "";
        }
        if (block.select("img").size() == 1 && isCaption(block.text())) {
            String text = block.text().strip();
            block.textNodes().forEach(t -> t.text(""));
            block.children().stream().filter(c -> c != img && c.select("img").isEmpty()).forEach(Element::remove);
            return text;
        }
        if (!block.text().isBlank()) {
            return "";
        }
        for (Element near : new Element[] {block.nextElementSibling(), block.previousElementSibling()}) {
            if (near != null && near.select("img, table").isEmpty() && isCaption(near.text())) {
                String text = near.text().strip();
                near.remove();
                return text;
            }
        }
        return "";
    }

    private static boolean isCaption(String text) {
        return text.length() <= CAPTION_MAX && CAPTION.matcher(text).matches();
    }
}
