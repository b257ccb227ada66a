package cn.gidi.dongtai.crawl;

import java.time.Instant;
import java.util.Map;

/** Receives every HTTP response the fetcher gets (errors, redirects and robots.txt included). */
public interface ResponseLog {

    void record(String url, int status, String reason, Map<String, String> headers, byte[] body, Instant at);

    ResponseLog NONE = (url, status, reason, headers, body, at) -> { };
}
