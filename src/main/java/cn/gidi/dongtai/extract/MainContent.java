package cn.gidi.dongtai.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds an article's body when no selector names it. Every run of text is
 * attributed to its nearest block element ({@link BlockText}); the body is the element whose prose
 * outweighs everything else it holds: its other text (titles, date lines, footers) counts half against
 * it, its link text twice. So a wrapper that adds a navigation bar or a footer scores below the article,
 * and a part of the article scores below the whole.
 */
final class MainContent {

    // A paragraph is part of an article, never the whole of one (unless it is a run of <br>-separated lines).
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "span", "font", "strong", "b", "em", "i", "u", "a",
            "small", "big", "label", "sup", "sub", "caption", "figcaption", "th");

    // What content systems call the element holding the post: id="article_content", class="post-body", <article>.
    private static final Pattern NAMED_CONTENT = Pattern.compile(
            "(?i)(^|[\\s_-])(article|content|post|entry|detail|text|body)\\w*($|[\\s_-])");

    private static final Pattern NAMED_POST = Pattern.compile("(?i)(^|[\\s_-])(article|post|entry)\\w*($|[\\s_-])");

    private MainContent() {
    }

    /** The body element of a pruned copy of the page (the page itself is not changed), or null. */
    static Element find(Document doc) {
        Document copy = doc.clone();
        Element body = copy.body();
        if (body == null) {
            return null;
        }
        Pruner.prune(body);
        Map<Element, BlockText> blocks = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                blocks.computeIfAbsent(BlockText.blockOf(t), b -> new BlockText()).add(t);
            }
        }, body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, BlockText> e : blocks.entrySet()) {
            double s = e.getValue().score(e.getKey());
            for (Element at = e.getKey(); at != null; at = at.parent()) {
                scores.merge(at, s, Double::sum);
                if (at == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : body.getAllElements()) {
            double s = scores.getOrDefault(e, 0.0);
            if (s > bestScore && (!PARAGRAPHS.contains(e.normalName()) || e.select("br").size() >= 2)) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * For a post too short to read as prose (a line or two without a sentence mark, which {@link #find}
     * passes over): the element the page names as its article or content, whose text, links counted twice
     * against, weighs most. Null when no element is named so.
     */
    static Element named(Document doc) {
        Document copy = doc.clone();
        Element body = copy.body();
        if (body == null) {
            return null;
        }
        Pruner.prune(body);
        // An <article> or a block named article/post/entry is the post itself; "content" often names a wrapper
        // that also holds the page's toolbars.
        Element post = bestNamed(body, e -> e.normalName().equals("article") || NAMED_POST.matcher(names(e)).find());
        return post != null ? post : bestNamed(body, e -> NAMED_CONTENT.matcher(names(e)).find());
    }

    private static String names(Element e) {
        return e.className() + " " + e.id();
    }

    private static Element bestNamed(Element body, Predicate<Element> named) {
        Element best = null;
        int bestScore = 0;
        for (Element e : body.getAllElements()) {
            if (e == body || !named.test(e)) {
                continue;
            }
            // what is left once notices and tools are cleaned out ("article-copyright" is named article too)
            Element cleaned = BodyCleaner.clean(e, null);
            int all = BodyCleaner.squash(cleaned.text()).length();
            int links = cleaned.select("a").stream().mapToInt(a -> BodyCleaner.squash(a.text()).length()).sum();
            int score = all - 3 * links;
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }
}
