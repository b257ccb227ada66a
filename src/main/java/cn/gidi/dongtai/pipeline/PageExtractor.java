package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.extract.ArticleExtractor;
import cn.gidi.dongtai.extract.ExtractionException;
import cn.gidi.dongtai.source.Source;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The extract step's processor: one crawled page → its article, through package {@code extract}'s API. A page
 * that yields no article throws {@link ExtractionException} naming the URL, which the step declares skippable
 * (see {@link WeeklyIssueJobConfig#extractStep}).
 */
class PageExtractor implements ItemProcessor<CrawledArticle, Article> {

    private final Map<String, Source> sources;

    PageExtractor(Map<String, Source> sources) {
        this.sources = sources;
    }

    @Override
    public Article process(CrawledArticle c) {
        String type = c.page().contentType();
        if (type != null && !type.contains("html") && !type.contains("xml")) {
            throw new ExtractionException("not an HTML page (" + type + ")");
        }
        try {
            return ArticleExtractor.extract(c, sources.get(c.sourceName()));
        } catch (ExtractionException e) {
            throw e;
        } catch (RuntimeException e) {
            // A parser failing on one odd page is that page's problem, not the run's: skipped like the others.
            throw new ExtractionException("unreadable page: " + e);
        }
    }
}
