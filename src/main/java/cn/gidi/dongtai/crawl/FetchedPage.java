package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.text.PageDecoder;
import java.time.Instant;
import org.jsoup.nodes.Document;

/**
 * One HTTP response as it came: the bytes are kept undecoded so the extractor can settle the charset
 * (headers, BOM, meta and sniffing) and so a run can be replayed exactly.
 */
public record FetchedPage(String url, String finalUrl, int status, String contentType, byte[] body, Instant fetchedAt) {

    /** The page parsed, in the charset a source's settings name (null or blank: settle it from the bytes). */
    public Document document(String charsetOverride) {
        return PageDecoder.parse(body, contentType, finalUrl != null ? finalUrl : url, charsetOverride);
    }
}
