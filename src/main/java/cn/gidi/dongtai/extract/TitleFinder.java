package cn.gidi.dongtai.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title of an article page: the content system's metas, then a heading that the page's
 * {@code <title>} (or the list page's link text) confirms, then a part of {@code <title>} the page prints
 * on its own, then the headline just above the body ({@link Headline}), then the longest part of
 * {@code <title>}.
 */
final class TitleFinder {

    static final Pattern TITLE_LIKE = Pattern.compile(
            "(?i)title|(^|[_-])bt($|[_-])|biaoti|headline|tit($|[_-])");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private TitleFinder() {
    }

    /** {@code body} is the article's body as {@link MainContent} found it (in its copy of the page), or null. */
    static String find(Document doc, String selected, String listedTitle, Element body) {
        String meta = PageMeta.first(doc, "ArticleTitle", "og:title");
        String title = firstNonBlank(selected, meta, confirmedHeading(doc, listedTitle), untruncated(listedTitle),
                shownTitlePart(doc), body == null ? null : Headline.before(body), pageTitle(doc));
        return TitleCleaner.clean(title);
    }

    /** The longest heading that {@code <title>} or the listed title contains (a logo in h1 is not it). */
    private static String confirmedHeading(Document doc, String listedTitle) {
        String page = squash(docTitle(doc));
        String listed = squash(untruncated(listedTitle));
        String best = null;
        for (Element h : candidates(doc)) {
            String t = Labelled.strip(h.text());
            String s = squash(t);
            if (s.length() < 4 || s.length() > 150) {
                continue;
            }
            boolean confirmed = page.contains(s) || (!listed.isEmpty() && (s.contains(listed) || listed.contains(s)));
            if (confirmed && (best == null || s.length() > squash(best).length())) {
                best = t;
            }
        }
        return best;
    }

    private static List<Element> candidates(Document doc) {
        List<Element> found = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            boolean heading = e.tagName().matches("h[1-3]");
            if ((heading || TITLE_LIKE.matcher(e.className() + " " + e.id()).find()) && e.closest("a") == null) {
                found.add(e);
                found.addAll(e.children()); // <div class="title"><div>the title</div><ul>date, source</ul></div>
            }
        }
        return found;
    }

    private static String untruncated(String listedTitle) {
        if (listedTitle == null || listedTitle.endsWith("…") || listedTitle.endsWith("...")) {
            return null;
        }
        return listedTitle;
    }

    /**
     * The part of {@code <title>} ("标题_栏目_网站") that the page also prints on its own, in an element of
     * any kind: old sites put the headline in {@code <font><b>}. The last part is the site's name, which
     * pages print too, so it does not count (a one-part title is either the headline, which
     * {@link #confirmedHeading} finds, or the site's name).
     */
    private static String shownTitlePart(Document doc) {
        List<String> parts = titleParts(doc);
        if (parts.size() < 2) {
            return null;
        }
        List<String> wanted = parts.subList(0, parts.size() - 1);
        String best = null;
        for (Element e : doc.body().getAllElements()) {
            if (!e.hasText() || e.closest("a") != null) {
                continue;
            }
            String s = squash(e.text());
            for (String part : wanted) {
                if (s.length() >= 4 && s.equals(squash(part)) && (best == null || s.length() > squash(best).length())) {
                    best = Labelled.strip(e.text());
                }
            }
        }
        return best;
    }

    private static String pageTitle(Document doc) {
        String longest = null;
        for (String p : titleParts(doc)) {
            if (longest == null || p.length() > longest.length()) {
                longest = p;
            }
        }
        return longest;
    }

    private static List<String> titleParts(Document doc) {
        List<String> parts = new ArrayList<>();
        String t = docTitle(doc);
        if (t != null) {
            for (String p : t.split("[_|｜]|\\s-\\s|--|-(?=[^-]{2,12}$)")) {
                if (!p.isBlank()) {
                    parts.add(p.trim());
                }
            }
        }
        return parts;
    }

    /** {@code <title>}, also where a page puts it inside {@code <body>} (jsoup's title() reads only the head). */
    static String docTitle(Document doc) {
        String t = doc.title();
        if (t.isBlank()) {
            Element inBody = doc.selectFirst("title");
            t = inBody == null ? "" : inBody.text();
        }
        return t;
    }

    /** The most prominent heading of the page (h1, then h2, then h3), for a page with no title otherwise. */
    static String bestHeading(Document doc) {
        for (String tag : List.of("h1", "h2", "h3")) {
            for (Element h : doc.select(tag)) {
                String t = Labelled.strip(h.text());
                if (squash(t).length() >= 4 && squash(t).length() <= 150) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String squash(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll("");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
