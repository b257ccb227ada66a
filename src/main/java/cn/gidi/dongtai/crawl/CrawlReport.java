package cn.gidi.dongtai.crawl;

import java.util.List;

/** What the crawl found, per source, so editors can see which sources broke and why. */
public record CrawlReport(String week, List<SourceReport> sources) {

    public record SourceReport(
            String source,
            String listUrl,
            boolean listFetched,
            int datedLinks,
            int linksInWeek,
            int articlesFetched,
            List<Failure> failures) {
    }

    public record Failure(String url, String reason) {
    }

    public int totalFetched() {
        return sources.stream().mapToInt(SourceReport::articlesFetched).sum();
    }

    public int totalFailures() {
        return sources.stream().mapToInt(s -> s.failures().size()).sum();
    }
}
