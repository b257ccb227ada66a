package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.extract.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the dated article links on a list page. An ordinary list (each link in an {@code li}, table row
 * or similar with its date beside it, or a date in the URL) needs no selector; a source may give
 * {@code selectors.links} to narrow the links considered.
 */
public final class ListPageParser {

    private static final Set<String> ROW_TAGS = Set.of("li", "tr", "dd", "dl", "p", "div", "article", "section");
    private static final int MIN_TITLE_CHARS = 4;

    private ListPageParser() {
    }

    public static List<ListedLink> parse(Document page, Selectors selectors) {
        Elements anchors = selectors.links() != null ? page.select(selectors.links()) : page.select("a[href]");
        Map<String, ListedLink> byUrl = new LinkedHashMap<>();
        for (Element candidate : anchors) {
            Element a = candidate.tagName().equals("a") ? candidate : candidate.selectFirst("a[href]");
            if (a == null) {
                continue;
            }
            String href = a.absUrl("href");
            if (!href.startsWith("http://") && !href.startsWith("https://")) {
                continue;
            }
            String url = stripFragment(href);
            String title = a.hasAttr("title") && !a.attr("title").isBlank() ? a.attr("title").trim() : a.text().trim();
            if (title.length() < MIN_TITLE_CHARS || url.equals(stripFragment(page.location()))) {
                continue;
            }
            Optional<LocalDate> date = dateBeside(a).or(() -> DateFinder.inUrl(url));
            date.ifPresent(d -> byUrl.putIfAbsent(url, new ListedLink(url, title, d)));
        }
        return new ArrayList<>(byUrl.values());
    }

    /** The date in the smallest row-like element around the link that holds only this one link. */
    private static Optional<LocalDate> dateBeside(Element a) {
        Element row = a.parent();
        while (row != null && !ROW_TAGS.contains(row.tagName())) {
            row = row.parent();
        }
        if (row == null || row.select("a[href]").size() > 1) {
            return Optional.empty();
        }
        return DateFinder.inText(row.text());
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
