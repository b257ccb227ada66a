package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.text.DateFinder;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publish date of an article page: the content system's metas, then a labelled date on the page
 * ({@code 发布时间：}, {@code 日期：}), then the date in the URL ({@code t20240723_…}), then a date a script
 * would print, then a date with a time of day printed on its own (the stamp under a headline).
 */
final class PublishDateFinder {

    private static final String[] METAS = {
        "PubDate", "firstpublishedtime", "publishdate", "publishtime", "article:published_time",
        "og:release_date", "dcterms.issued", "Maketime"
    };
    // 成文日期 is when a document was signed and 生成日期 when a page was built: only publish labels
    // and bare 时间/日期 count.
    private static final Pattern LABEL = Pattern.compile(
            "(发布时间|发布日期|发表时间|发稿时间|(?<!\\p{IsHan})(?:时间|日期))\\s*[:：]");
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "(?i)(create_?time|publish_?time|pub_?time|pub_?date|publish_?date|release_?time)\\s*[=:]\\s*[\"']\\s*(20\\d{2}-\\d{1,2}-\\d{1,2})");
    private static final Pattern STAMP = Pattern.compile(
            "20\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}(?:日|\\s)\\s*\\d{1,2}:\\d{2}");

    private PublishDateFinder() {
    }

    static Optional<LocalDate> find(Document doc, String selected, String url) {
        Optional<LocalDate> d = DateFinder.inText(selected);
        if (d.isPresent()) {
            return d;
        }
        for (String name : METAS) {
            d = DateFinder.inText(PageMeta.first(doc, name));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Labelled.Value v : Labelled.find(doc.body(), LABEL)) {
            d = DateFinder.inText(v.text());
            if (d.isPresent() && v.at().closest("a") == null) {
                return d;
            }
        }
        d = DateFinder.inUrl(url);
        if (d.isPresent()) {
            return d;
        }
        d = inScripts(doc);
        if (d.isPresent()) {
            return d;
        }
        for (Element e : doc.body().getElementsMatchingOwnText(STAMP)) {
            if (e.closest("a") == null && e.text().length() < 80) {
                d = DateFinder.inText(e.text());
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Pages whose date a script fills in carry it in a variable: {@code var createTime = '2024-05-28 18:00'}. */
    private static Optional<LocalDate> inScripts(Document doc) {
        for (Element script : doc.select("script")) {
            Matcher m = SCRIPT_DATE.matcher(script.data());
            if (m.find()) {
                return DateFinder.inText(m.group(2));
            }
        }
        return Optional.empty();
    }
}
