package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.source.Selectors;
import cn.gidi.dongtai.text.CleanText;

import cn.gidi.dongtai.text.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
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
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

    private ListPageParser() {
    }

    public static List<ListedLink> parse(Document page, Selectors selectors) {
        Map<String, ListedLink> byUrl = new LinkedHashMap<>();
        collect(page, page.location(), selectors, byUrl);
        // Hanweb (大汉) column pages carry their first page of entries as CDATA records in a script.
        for (Element script : page.select("script[type=text/xml]")) {
            Matcher m = CDATA.matcher(script.data());
            while (m.find()) {
                collect(Jsoup.parseBodyFragment(m.group(1), page.location()), page.location(), Selectors.NONE, byUrl);
            }
        }
        return new ArrayList<>(byUrl.values());
    }

    private static void collect(Document page, String location, Selectors selectors, Map<String, ListedLink> byUrl) {
        Elements anchors = selectors.links() != null ? page.select(selectors.links()) : page.select("a[href]");
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
            String title = CleanText.strip(a.hasAttr("title") && !a.attr("title").isBlank() ? a.attr("title") : a.text())
                    .strip();
            if (title.length() < MIN_TITLE_CHARS || url.equals(stripFragment(location))) {
                continue;
            }
            Optional<LocalDate> date = dateBeside(a).or(() -> DateFinder.inUrl(url));
            date.ifPresent(d -> byUrl.putIfAbsent(url, new ListedLink(url, title, d)));
        }
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
