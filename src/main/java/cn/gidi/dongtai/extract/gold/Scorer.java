package cn.gidi.dongtai.extract.gold;

import cn.gidi.dongtai.text.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a results file against the gold set, the same way whichever tool wrote it.
 * <ul>
 *   <li>title: exact match, white space runs folded to one space;</li>
 *   <li>date: the first date in the tool's date string equals the gold date;</li>
 *   <li>issuer: exact match ignoring white space (pages whose gold names an issuer);</li>
 *   <li>body: character F1 of {@link TextOverlap} (pages with the full gold body);</li>
 *   <li>first+last: the body contains both gold pieces (pages with only those pieces);</li>
 *   <li>links: F1 of the list page's links, a link counting when its URL, title and date are all right.</li>
 * </ul>
 * A page the tool failed on, or left out, scores zero on every metric it has gold for.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Scores score(List<GoldPage> gold, Results results) {
        Map<String, PageResult> byId = new HashMap<>();
        for (PageResult r : results.results()) {
            byId.put(r.id(), r);
        }
        Mean title = new Mean();
        Mean date = new Mean();
        Mean issuer = new Mean();
        Mean body = new Mean();
        Mean firstLast = new Mean();
        Mean links = new Mean();
        List<Scores.Miss> misses = new ArrayList<>();
        int failed = 0;
        for (GoldPage g : gold) {
            PageResult r = byId.getOrDefault(g.id(), new PageResult(g.id(), null, null, null, null, List.of(), "no result"));
            if (r.error() != null) {
                failed++;
                misses.add(new Scores.Miss(g.id(), "error", "", r.error()));
            }
            if (g.isList()) {
                double f1 = linkF1(g.links(), r.links() == null ? List.of() : r.links());
                links.add(f1);
                if (f1 < 1) {
                    misses.add(new Scores.Miss(g.id(), "links", g.links().size() + " links", String.format("F1 %.3f", f1)));
                }
                continue;
            }
            check(title, misses, g, "title", g.title(), r.title(), spaced(g.title()).equals(spaced(r.title())));
            if (g.date() != null) {
                LocalDate got = DateFinder.inText(r.date()).orElse(null);
                check(date, misses, g, "date", g.date().toString(), r.date(), g.date().equals(got));
            }
            if (g.issuer() != null) {
                check(issuer, misses, g, "issuer", g.issuer(), r.issuer(), squash(g.issuer()).equals(squash(r.issuer())));
            }
            if (g.body() != null) {
                double f1 = TextOverlap.f1(g.body(), r.body());
                body.add(f1);
                if (f1 < 0.99) {
                    misses.add(new Scores.Miss(g.id(), "body", "F1 1.000", String.format("F1 %.3f", f1)));
                }
            } else if (g.first() != null && g.last() != null) {
                String text = squash(r.body());
                boolean both = text.contains(squash(g.first())) && text.contains(squash(g.last()));
                check(firstLast, misses, g, "first+last", g.first() + " … " + g.last(), excerpt(r.body()), both);
            }
        }
        return new Scores(results.tool(), title.metric(), date.metric(), issuer.metric(), body.metric(),
                firstLast.metric(), links.metric(), failed, results.pagesPerSecond(), misses);
    }

    private static void check(Mean mean, List<Scores.Miss> misses, GoldPage g, String field, String expected,
                              String actual, boolean right) {
        mean.add(right ? 1 : 0);
        if (!right) {
            misses.add(new Scores.Miss(g.id(), field, expected, actual));
        }
    }

    private static double linkF1(List<GoldPage.Link> gold, List<GoldPage.Link> got) {
        if (gold.isEmpty() || got.isEmpty()) {
            return gold.isEmpty() && got.isEmpty() ? 1 : 0;
        }
        Set<String> wanted = new HashSet<>();
        for (GoldPage.Link l : gold) {
            wanted.add(key(l));
        }
        int right = 0;
        for (GoldPage.Link l : got) {
            if (wanted.remove(key(l))) {
                right++;
            }
        }
        if (right == 0) {
            return 0;
        }
        double precision = (double) right / got.size();
        double recall = (double) right / gold.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static String key(GoldPage.Link l) {
        String d = DateFinder.inText(l.date()).map(LocalDate::toString).orElse("");
        return l.url() + "\n" + spaced(l.title()) + "\n" + d;
    }

    static String spaced(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000\\u00A0]+", " ").trim();
    }

    static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }

    private static String excerpt(String body) {
        if (body == null) {
            return null;
        }
        String s = spaced(body);
        return s.length() <= 80 ? s : s.substring(0, 40) + " … " + s.substring(s.length() - 40);
    }

    private static final class Mean {
        double sum;
        int n;

        void add(double v) {
            sum += v;
            n++;
        }

        Scores.Metric metric() {
            return new Scores.Metric(n == 0 ? 0 : sum / n, n);
        }
    }
}
