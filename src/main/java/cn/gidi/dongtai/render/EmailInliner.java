package cn.gidi.dongtai.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.selector.Selector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves the e-mail template's stylesheet into {@code style} attributes, as mail clients (Outlook, Gmail, the
 * WPS and Foxmail readers) need: htmlunit-cssparser parses the CSS, jsoup matches the selectors, and the
 * cascade is applied by !important, specificity and order, with an element's own {@code style} winning.
 * {@code @media} rules cannot be inlined and stay in one {@code <style>} for the clients that read it.
 */
final class EmailInliner {

    private record Declaration(String name, String value, boolean important, int specificity, int order) {
    }

    private EmailInliner() {
    }

    static String inline(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        Map<Element, Map<String, Declaration>> styles = new IdentityHashMap<>();
        StringBuilder kept = new StringBuilder();
        int order = 0;
        for (Element style : doc.select("style")) {
            CSSStyleSheetImpl sheet = parse(style.data());
            for (AbstractCSSRuleImpl rule : sheet.getCssRules().getRules()) {
                if (!(rule instanceof CSSStyleRuleImpl styleRule)) {
                    kept.append(rule.getCssText()).append('\n');
                    continue;
                }
                for (Selector selector : styleRule.getSelectors()) {
                    String text = selector.toString();
                    int specificity = specificity(text);
                    for (Element e : doc.select(text)) {
                        for (Property p : styleRule.getStyle().getProperties()) {
                            Declaration d = new Declaration(p.getName(), p.getValue().getCssText(), p.isImportant(),
                                    specificity, order++);
                            styles.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(p.getName(), d,
                                    (old, neu) -> wins(neu, old) ? neu : old);
                        }
                    }
                }
            }
            style.remove();
        }
        styles.forEach((e, declarations) -> {
            StringBuilder css = new StringBuilder();
            declarations.values().forEach(d -> css.append(d.name()).append(':').append(d.value()).append(';'));
            String own = e.attr("style").trim();
            e.attr("style", css + own);
            e.removeAttr("class");
        });
        if (!kept.isEmpty()) {
            doc.head().appendElement("style").appendChild(new DataNode(kept.toString()));
        }
        return doc.outerHtml();
    }

    private static boolean wins(Declaration challenger, Declaration holder) {
        if (challenger.important() != holder.important()) {
            return challenger.important();
        }
        if (challenger.specificity() != holder.specificity()) {
            return challenger.specificity() > holder.specificity();
        }
        return challenger.order() > holder.order();
    }

    /** Specificity as one number: ids ×10000, classes/attributes/pseudo-classes ×100, elements ×1. */
    static int specificity(String selector) {
        String s = selector.replaceAll("\\[[^]]*]", ".a").replaceAll("::?[a-z-]+(\\([^)]*\\))?", ".a");
        int ids = s.length() - s.replace("#", "").length();
        int classes = s.length() - s.replace(".", "").length();
        int elements = 0;
        for (String part : s.split("[\\s>+~]+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                elements++;
            }
        }
        return ids * 10000 + classes * 100 + elements;
    }

    private static CSSStyleSheetImpl parse(String css) {
        try {
            return new CSSOMParser().parseStyleSheet(new InputSource(new StringReader(css)), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the e-mail stylesheet: " + e.getMessage(), e);
        }
    }
}
