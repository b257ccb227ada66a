package cn.gidi.dongtai.extract.gold;

import java.util.List;

/**
 * How one tool did on the gold set. Each metric is a mean in [0, 1] over the pages that have gold for it
 * ({@code pages}); {@code misses} lists every page and field that was not right, for reading.
 */
public record Scores(String tool, Metric title, Metric date, Metric issuer, Metric body, Metric firstLast,
                     Metric links, int failed, double pagesPerSecond, List<Miss> misses) {

    public record Metric(double value, int pages) {
    }

    public record Miss(String page, String field, String expected, String actual) {
    }
}
