package cn.gidi.dongtai.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text attributed to one block element (its own runs of text, not its child blocks'): characters
 * other than white space, those inside links, and sentence marks. A block is prose when it has a
 * sentence mark, ten characters and few links, and is not the summary under another story's headline.
 */
final class BlockText {

    static final Set<String> BLOCKS = Set.of(
            "p", "div", "td", "th", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
            "main", "aside", "header", "footer", "nav", "blockquote", "pre", "table", "tbody", "tr", "form", "body",
            "center", "ul", "ol", "dl", "figure", "figcaption", "address", "caption");
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[，。；！？,;!?]");
    // A copyright or platform notice reads like a sentence but is the site's, never the article's.
    private static final Pattern NOTICE = Pattern.compile(
            "^(版权声明|免责声明|特别声明|平台声明|郑重声明|声明)[:：]|转载请|仅提供信息存储服务|版权所有");
    private static final double OTHER_WEIGHT = 0.5;
    // Links count twice: a teaser list (linked title, then a one-line summary) must come out negative.
    private static final double LINK_WEIGHT = 2.0;

    private int chars;
    private int linkChars;
    private int marks;
    private final StringBuilder text = new StringBuilder();

    static Element blockOf(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (BLOCKS.contains(e.normalName())) {
                return e;
            }
        }
        return null;
    }

    void add(TextNode t) {
        String s = t.text();
        int n = (int) s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
        chars += n;
        if (text.length() < 80) {
            text.append(s.strip());
        }
        if (inLink(t)) {
            linkChars += n;
        } else {
            marks += (int) SENTENCE_MARKS.matcher(s).results().count();
        }
    }

    /** Prose counts for the elements holding it, other text half against them, links twice against. */
    double score(Element block) {
        int plain = chars - linkChars;
        boolean prose = linkChars < chars * 0.4 && marks >= 1 && plain >= 10 && !isTeaser(block)
                && !NOTICE.matcher(text).find();
        // A data table's cells hold figures and names, not sentences: they neither count for a block
        // nor against it (a report that is mostly a table is still the article).
        double other = isCell(block) ? 0 : OTHER_WEIGHT;
        return (prose ? plain : -other * plain) - LINK_WEIGHT * linkChars;
    }

    /**
     * The summary under a linked headline (a list of other stories): the block follows a block that is
     * one link, or sits in a list item that holds a link.
     */
    private static boolean isTeaser(Element block) {
        Element before = block.previousElementSibling();
        if (before != null && before.hasText()) {
            Element a = before.normalName().equals("a") ? before : before.selectFirst("a[href]");
            if (a != null && a.text().length() >= 4 && a.text().length() == before.text().length()) {
                return true;
            }
        }
        Element item = block.closest("li");
        if (item != null && item != block) {
            return item.selectFirst("a[href]") != null;
        }
        Element a = block.normalName().equals("li") ? block.selectFirst("a[href]") : null;
        return a != null && a.text().length() >= 4 && !block.ownText().isBlank();
    }

    /** A table cell, or the only paragraph in one (Word puts a {@code <p>} in every cell). */
    private static boolean isCell(Element block) {
        if (block.normalName().equals("td") || block.normalName().equals("th")) {
            return true;
        }
        Element parent = block.parent();
        return parent != null && (parent.normalName().equals("td") || parent.normalName().equals("th"))
                && parent.children().size() == 1;
    }

    private static boolean inLink(TextNode t) {
        for (Node n = t.parent(); n instanceof Element e; n = e.parent()) {
            if (e.normalName().equals("a")) {
                return true;
            }
            if (BLOCKS.contains(e.normalName())) {
                return false;
            }
        }
        return false;
    }
}
