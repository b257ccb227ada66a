package cn.gidi.dongtai.crawl;

import java.time.Instant;

/**
 * One HTTP response as it came: the bytes are kept undecoded so the extractor can settle the charset
 * (headers, BOM, meta and sniffing) and so a run can be replayed exactly.
 */
public record FetchedPage(String url, String finalUrl, int status, String contentType, byte[] body, Instant fetchedAt) {
}
