package cn.gidi.dongtai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Makes every character printable before layout. Flying Saucer sets a run of text in one face and draws
 * nothing for a character that face lacks, so each character that the body or the heading face lacks is
 * wrapped in a span set in the first face that has it; a character that no face has becomes a visible
 * placeholder 〓 (the printer's mark for a missing sort) and a warning names the item it is in.
 */
final class GlyphCoverage {

    static final String PLACEHOLDER = "〓";
    static final String MISSING_CLASS = "dt-missing";
    private static final String ZWSP = "\u200B";
    private static final int OK = -1;
    private static final int NONE = -2;

    private final List<PdfFonts.Face> faces;
    private final PdfFonts.Face body;
    private final PdfFonts.Face heading;
    private final Map<Integer, Integer> memo = new HashMap<>();

    GlyphCoverage(PdfFonts fonts) {
        this.faces = fonts.searchOrder();
        this.body = fonts.body();
        this.heading = fonts.heading();
    }

    /** CSS for the spans this class adds, to go into the print stylesheet. */
    String css() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < faces.size(); i++) {
            css.append(".dt-f").append(i).append(" { font-family: \"").append(faces.get(i).family()).append("\"; }\n");
        }
        css.append('.').append(MISSING_CLASS).append(" { font-family: \"").append(body.family())
                .append("\"; color: #c8102e; }\n");
        return css.toString();
    }

    /**
     * Rewrites the document's body in place; returns one warning per character that no face has, naming
     * where it occurs (the items' keys and titles, taken from {@code data-item} and {@code data-title}).
     */
    List<String> apply(Document doc) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                texts.add(t);
            }
        }, doc.body());
        Map<Integer, Set<String>> missing = new LinkedHashMap<>();
        for (TextNode t : texts) {
            rewrite(t, missing);
        }
        List<String> warnings = new ArrayList<>();
        missing.forEach((cp, places) -> warnings.add("no font has " + new String(Character.toChars(cp))
                + " (U+" + String.format("%04X", cp) + "): printed as " + PLACEHOLDER + " in " + String.join(", ", places)));
        return warnings;
    }

    private void rewrite(TextNode node, Map<Integer, Set<String>> missing) {
        String original = node.getWholeText();
        String text = allowBreaks(original);
        List<Node> parts = new ArrayList<>();
        int runStart = 0;
        int runFace = OK;
        boolean changed = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int face = faceFor(cp);
            if (face == NONE) {
                missing.computeIfAbsent(cp, k -> new LinkedHashSet<>()).add(place(node));
            }
            if (face != runFace) {
                flush(parts, text.substring(runStart, i), runFace);
                runStart = i;
                runFace = face;
            }
            changed |= face != OK;
            i += Character.charCount(cp);
        }
        if (!changed) {
            if (!text.equals(original)) {
                node.text(text);
            }
            return;
        }
        flush(parts, text.substring(runStart), runFace);
        for (Node part : parts) {
            node.before(part);
        }
        node.remove();
    }

    /**
     * Java's line BreakIterator, which Flying Saucer uses, finds no break between two ideographs of CJK Ext A,
     * Ext B and later, U+9FA6 on, or the radicals: a paragraph of them would run off the page as one word.
     * A zero-width space between two such ideographs restores the break Chinese allows there (only between
     * ideographs, so never before closing punctuation).
     */
    static String allowBreaks(String text) {
        StringBuilder out = null;
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (prev >= 0 && isHanzi(prev) && isHanzi(cp) && (!javaBreaks(prev) || !javaBreaks(cp))) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(ZWSP);
            }
            if (out != null) {
                out.appendCodePoint(cp);
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    private static boolean isHanzi(int cp) {
        return Character.isIdeographic(cp) || (cp >= 0x2E80 && cp <= 0x2FDF);
    }

    private static boolean javaBreaks(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FA5) || (cp >= 0xF900 && cp <= 0xFAFF);
    }

    private static void flush(List<Node> parts, String run, int face) {
        if (run.isEmpty()) {
            return;
        }
        if (face == OK) {
            parts.add(new TextNode(run));
        } else if (face == NONE) {
            parts.add(new Element("span").addClass(MISSING_CLASS)
                    .text(PLACEHOLDER.repeat(run.codePointCount(0, run.length()))));
        } else {
            parts.add(new Element("span").addClass("dt-f" + face).text(run));
        }
    }

    private int faceFor(int cp) {
        return memo.computeIfAbsent(cp, this::lookUp);
    }

    private int lookUp(int cp) {
        int type = Character.getType(cp);
        if (Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT) {
            return OK;
        }
        if (body.has(cp) && heading.has(cp)) {
            return OK;
        }
        for (int i = 0; i < faces.size(); i++) {
            if (faces.get(i).has(cp)) {
                return i;
            }
        }
        return NONE;
    }

    private static String place(Node node) {
        for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.hasAttr("data-item")) {
                return e.attr("data-item") + " 《" + e.attr("data-title") + "》";
            }
            if (e.hasAttr("data-part")) {
                return e.attr("data-part");
            }
        }
        return "the issue";
    }
}
