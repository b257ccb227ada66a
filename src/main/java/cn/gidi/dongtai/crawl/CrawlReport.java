package cn.gidi.dongtai.crawl;

import java.util.List;

/** What the crawl found, per source, so editors can see which sources broke and why. */
public record CrawlReport(String week, List<SourceReport> sources) {

    /**
     * @param pagesFetched      list and article pages that answered
     * @param articlesExtracted articles lifted from the fetched pages (-1 until extraction has run)
     */
    public record SourceReport(
            String source,
            String listUrl,
            boolean listFetched,
            int datedLinks,
            int linksInWeek,
            int articlesFetched,
            int pagesFetched,
            int articlesExtracted,
            List<Failure> failures) {

        public SourceReport withExtraction(int extracted, List<Failure> more) {
            List<Failure> all = new java.util.ArrayList<>(failures);
            all.addAll(more);
            return new SourceReport(source, listUrl, listFetched, datedLinks, linksInWeek, articlesFetched,
                    pagesFetched, extracted, all);
        }
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
