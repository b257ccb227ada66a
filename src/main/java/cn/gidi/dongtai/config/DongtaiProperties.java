package cn.gidi.dongtai.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything dongtai reads from {@code application.yml} (prefix {@code dongtai}). Defaults live here and
 * nowhere else; SMTP settings are Spring Boot's own {@code spring.mail.*}.
 */
@ConfigurationProperties("dongtai")
public record DongtaiProperties(
        @DefaultValue Paths paths,
        @DefaultValue Crawl crawl,
        @DefaultValue Numbering numbering,
        @DefaultValue Pdf pdf,
        @DefaultValue Mail mail) {

    /** Where editorial data, templates and generated files live. */
    public record Paths(
            @DefaultValue("content") Path content,
            @DefaultValue("templates") Path templates,
            @DefaultValue("output") Path output,
            /* Editors' drafts, one folder per issue id. */
            @DefaultValue("content/issues") Path issues,
            @DefaultValue("content/sources.yaml") Path sources,
            @DefaultValue("content/subscribers.csv") Path subscribers) {
    }

    public record Crawl(
            @DefaultValue("dongtai/0.1 (+https://www.gidi.org.cn/dongtai; policy-brief crawler)") String userAgent,
            /* Whole-request limit: connecting, waiting and reading the body. */
            @DefaultValue("20s") Duration timeout,
            /* Least time between the starts of two requests to the same host (one request at a time per host). */
            @DefaultValue("1s") Duration perHostDelay,
            @DefaultValue("5MB") DataSize maxBodySize,
            @DefaultValue("60") int maxArticlesPerSource,
            /* Requests in flight at once, over all hosts. */
            @DefaultValue("16") int concurrency,
            /* Further attempts after a timeout, a reset connection, a 5xx or a 429. */
            @DefaultValue("2") int retries,
            /* Pause before the first retry; doubles for each further one. */
            @DefaultValue("2s") Duration retryBackoff,
            /* Longest Retry-After that is waited for; a site asking for more is reported as failed. */
            @DefaultValue("2m") Duration maxRetryAfter,
            @DefaultValue("5") int maxRedirects,
            @DefaultValue("true") boolean obeyRobots,
            /* Where validators (ETag, Last-Modified) and bodies are kept so a re-run can ask "changed since?". */
            @DefaultValue("output/.cache/http") Path cache) {
    }

    /**
     * Issue numbering continues from the last issue published before dongtai (or the last one it made):
     * 第N期 restarts at 1 each calendar year, 总第M期 never restarts.
     */
    public record Numbering(
            @DefaultValue("2024-05-27") LocalDate lastPublishedDate,
            @DefaultValue("19") int lastNumber,
            @DefaultValue("182") int lastTotal) {
    }

    public record Pdf(
            /* Font files tried in order; a .ttc entry may name its face as "file.ttc,2". First that exists wins. */
            @DefaultValue({
                "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0"}) List<String> bodyFonts,
            @DefaultValue({
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2",
                "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc,2"}) List<String> headingFonts) {
    }

    public record Mail(
            @DefaultValue("dongtai@gidi.example.org") String from,
            @DefaultValue("大数据发展动态") String fromName,
            /* Pause between two messages, to stay under a relay's rate limit. */
            @DefaultValue("0s") Duration pause) {
    }
}
