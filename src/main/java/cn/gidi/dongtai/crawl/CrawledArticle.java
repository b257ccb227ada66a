package cn.gidi.dongtai.crawl;

import java.time.LocalDate;

/** An article page fetched for a source, with the title and date its list page gave it. */
public record CrawledArticle(String sourceName, String listedTitle, LocalDate listedDate, FetchedPage page) {
}
