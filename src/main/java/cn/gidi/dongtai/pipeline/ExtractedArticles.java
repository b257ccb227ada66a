package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.extract.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.retry.RetryException;

/**
 * The extract step's writer and skip listener: each chunk's articles, and each skipped page with its reason,
 * appended as JSON lines to the instance's work folder ({@code articles.jsonl}, {@code unreadable.jsonl}).
 * The step starts the files anew (a restarted extract step reads the crawl from the start again).
 */
class ExtractedArticles implements ItemWriter<Article>, SkipListener<CrawledArticle, Article>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ExtractedArticles.class);

    private final Path outputRoot;
    private Path articles;
    private Path unreadable;

    ExtractedArticles(Path outputRoot) {
        this.outputRoot = outputRoot;
    }

    @Override
    public void beforeStep(StepExecution step) {
        WorkFiles work = WorkFiles.of(step.getJobExecution(), outputRoot);
        articles = work.record(WorkFiles.ARTICLES, "articles.jsonl");
        unreadable = work.record(WorkFiles.UNREADABLE, "unreadable.jsonl");
        try {
            Files.createDirectories(articles.getParent());
            Files.write(articles, new byte[0]);
            Files.write(unreadable, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + articles + " (the extract step's result)", e);
        }
    }

    @Override
    public void write(Chunk<? extends Article> chunk) {
        append(articles, chunk.getItems());
        StepCounts.count(StepCounts.ITEMS_EXTRACTED, chunk.size());
    }

    @Override
    public void onSkipInProcess(CrawledArticle page, Throwable t) {
        Throwable cause = t instanceof RetryException && t.getCause() != null ? t.getCause() : t;
        String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        log.info("extract: skipped {}: {}", page.page().url(), reason);
        append(unreadable, List.of(new Extracted.SourceFailure(page.sourceName(), page.page().url(), reason)));
    }

    private static void append(Path file, List<?> values) {
        StringBuilder lines = new StringBuilder();
        for (Object v : values) {
            lines.append(Extracted.LINES.writeValueAsString(v)).append('\n');
        }
        try {
            Files.writeString(file, lines, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + " (the extract step's result)", e);
        }
    }
}
