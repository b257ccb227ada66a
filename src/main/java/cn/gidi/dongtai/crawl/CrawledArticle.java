package cn.gidi.dongtai.crawl;

import java.time.LocalDate;
import java.util.List;

/**
 * An article page fetched for a source, with the title and date its list page gave it, and the figures
 * (images in its body) fetched with it.
 */
public record CrawledArticle(String sourceName, String listedTitle, LocalDate listedDate, FetchedPage page,
                             List<FigureImage> figures) {

    public CrawledArticle {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public CrawledArticle(String sourceName, String listedTitle, LocalDate listedDate, FetchedPage page) {
        this(sourceName, listedTitle, listedDate, page, List.of());
    }

    CrawledArticle withFigures(List<FigureImage> fetched) {
        return new CrawledArticle(sourceName, listedTitle, listedDate, page, fetched);
    }
}
