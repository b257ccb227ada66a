package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.extract.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** What the extract step left: the articles read, and the pages it skipped with the reason. */
record Extracted(List<Article> articles, List<SourceFailure> failures) {

    /** The step writes one JSON value a line, chunk by chunk. */
    static final ObjectMapper LINES = JsonMapper.builder().build();

    record SourceFailure(String source, String url, String reason) {
    }

    static Extracted read(WorkFiles work) {
        return new Extracted(lines(work.path(WorkFiles.ARTICLES), Article.class),
                lines(work.path(WorkFiles.UNREADABLE), SourceFailure.class));
    }

    private static <T> List<T> lines(Path file, Class<T> type) {
        List<T> values = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file)) {
                n++;
                if (!line.isBlank()) {
                    try {
                        values.add(LINES.readValue(line, type));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(file + ":" + n + ": not a " + type.getSimpleName()
                                + " (" + e.getMessage() + "); run generate again with --fresh", e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (the extract step's result)", e);
        }
        return values;
    }

    /** The crawl report with, per source, how many articles were lifted and which pages could not be. */
    CrawlReport addTo(CrawlReport report) {
        List<CrawlReport.SourceReport> sources = new ArrayList<>();
        for (CrawlReport.SourceReport s : report.sources()) {
            int count = (int) articles.stream().filter(a -> a.sourceName().equals(s.source())).count();
            List<CrawlReport.Failure> failed = failures.stream().filter(f -> f.source().equals(s.source()))
                    .map(f -> new CrawlReport.Failure(f.url(), "extract: " + f.reason())).toList();
            sources.add(s.withExtraction(count, failed));
        }
        return new CrawlReport(report.week(), sources);
    }
}
