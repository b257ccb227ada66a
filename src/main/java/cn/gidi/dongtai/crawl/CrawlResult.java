package cn.gidi.dongtai.crawl;

import java.util.List;

public record CrawlResult(List<CrawledArticle> articles, CrawlReport report) {
}
