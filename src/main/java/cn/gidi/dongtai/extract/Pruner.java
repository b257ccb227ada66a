package cn.gidi.dongtai.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Drops from a copy of a page what never holds article text: scripts and styles, form controls,
 * navigation, hidden elements, small (search) forms, HTML comments, and the parts sites name as
 * comments, sidebars, headers and footers.
 */
final class Pruner {

    private static final String NEVER_CONTENT =
            "script, style, noscript, iframe, frame, frameset, object, embed, template, svg, canvas, input, select, "
                    + "option, button, textarea, map, link, meta, nav, aside, footer, video, audio";
    // Only display:none: pages keep their text visibility:hidden until a script shows it (WeChat articles).
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none");
    private static final Pattern UNLIKELY = Pattern.compile("(?i)(^|[\\s_-])(comments?|cmt|pinglun|reply|replies"
            + "|sidebar|side|aside|footer|foot|copyright|banner|menu|nav|navbar|topbar|header|login|search"
            + "|references|reflist|navbox|catlinks|toc|ads?|advert\\w*|guanggao|dialog|modal|popup|pay)($|[\\s_-])");
    // A name that also says article or content is trusted: a "main-side" or "article-header" may hold text.
    private static final Pattern MAYBE = Pattern.compile(
            "(?i)article|content|main|body|text|detail|(^|[\\s_-])(zw|view|con)($|[\\s_-])");
    // Other stories and readers' comments, even where the block's name also says content: a portal appends
    // recommended articles, whole, below the one asked for ("detail-content__recommend--wrapper").
    private static final Pattern OTHER_STORIES = Pattern.compile("(?i)(^|[\\s_-])(recommend\\w*|related|relate|tuijian"
            + "|xgxw|xgwz|comments?|cmmts?)($|[\\s_-])");
    // A video player's controls, menus and error messages ("mplayer", "playerContainer", "video-unfold").
    private static final Pattern PLAYER = Pattern.compile("(?i)player|(^|[\\s_-])video\\w*($|[\\s_-])");
    // ASP.NET pages wrap the whole page in a form; a search box's form holds a few words.
    private static final int SMALL_FORM = 50;

    private Pruner() {
    }

    static void prune(Element root) {
        root.select(NEVER_CONTENT).remove();
        for (Element e : root.select("[class], [id]")) {
            String names = e.className() + " " + e.id();
            boolean unlikely = (UNLIKELY.matcher(names).find() || PLAYER.matcher(names).find())
                    && !MAYBE.matcher(names).find();
            if (e != root && e.parent() != null && (unlikely || OTHER_STORIES.matcher(names).find())) {
                e.remove();
            }
        }
        for (Element e : root.select("[style], [hidden], [aria-hidden=true]")) {
            if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || HIDDEN.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        for (Element form : root.select("form")) {
            if (form.text().length() < SMALL_FORM) {
                form.remove();
            }
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Comment ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
    }
}
