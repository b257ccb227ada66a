package cn.gidi.dongtai.extract;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The text of a sanitized body, one line per paragraph, heading, list item or table row. */
final class BodyText {

    private static final Set<String> LINE_BREAKING = Set.of(
            "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
            "figure", "figcaption", "caption", "section", "article", "dd", "dt", "pre", "center");

    private BodyText() {
    }

    static String of(String sanitizedHtml) {
        StringBuilder out = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(sanitizedHtml).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (LINE_BREAKING.contains(e.normalName())) {
                        out.append('\n');
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && LINE_BREAKING.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        StringBuilder lines = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String t = Labelled.strip(line.replaceAll("[ \\t\\u00A0]+", " "));
            if (!t.isEmpty()) {
                lines.append(lines.length() == 0 ? "" : "\n").append(t);
            }
        }
        return lines.toString();
    }
}
