package cn.gidi.dongtai.extract.gold;

import java.util.List;
import java.util.function.Function;

/** Prints the scores of several tools side by side, one metric a row. */
public final class ScoreTable {

    private ScoreTable() {
    }

    public static String format(List<Scores> all) {
        int width = 2 + all.stream().mapToInt(s -> s.tool().length()).max().orElse(10);
        String cell = "%" + Math.max(width, 12) + "s";
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-44s", "metric"));
        for (Scores s : all) {
            out.append(String.format(cell, s.tool()));
        }
        out.append('\n');
        percent(out, all, cell, "title exact match", Scores::title);
        percent(out, all, cell, "date exact match", Scores::date);
        percent(out, all, cell, "issuer match", Scores::issuer);
        decimal(out, all, cell, "body char F1 (LCS, full gold body)", Scores::body);
        percent(out, all, cell, "body has first+last sentence", Scores::firstLast);
        decimal(out, all, cell, "list page links F1 (url+title+date)", Scores::links);
        out.append(String.format("%-44s", "pages failed"));
        for (Scores s : all) {
            out.append(String.format(cell, s.failed()));
        }
        out.append('\n').append(String.format("%-44s", "pages/second (one thread)"));
        for (Scores s : all) {
            out.append(String.format(cell, s.pagesPerSecond() > 0 ? String.format("%.1f", s.pagesPerSecond()) : "-"));
        }
        return out.append('\n').toString();
    }

    private static void percent(StringBuilder out, List<Scores> all, String cell, String name,
                                Function<Scores, Scores.Metric> m) {
        row(out, all, cell, name, m, v -> String.format("%.1f%%", v * 100));
    }

    private static void decimal(StringBuilder out, List<Scores> all, String cell, String name,
                                Function<Scores, Scores.Metric> m) {
        row(out, all, cell, name, m, v -> String.format("%.3f", v));
    }

    private static void row(StringBuilder out, List<Scores> all, String cell, String name,
                            Function<Scores, Scores.Metric> m, Function<Double, String> shown) {
        out.append(String.format("%-44s", name + " (" + m.apply(all.get(0)).pages() + " pages)"));
        for (Scores s : all) {
            out.append(String.format(cell, shown.apply(m.apply(s).value())));
        }
        out.append('\n');
    }
}
