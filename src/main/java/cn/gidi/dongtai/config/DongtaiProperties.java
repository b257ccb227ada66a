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
 * nowhere else; mail settings are {@code dongtai.mail} ({@code mail.MailSettings}), SMTP is Spring Boot's {@code spring.mail.*}.
 */
@ConfigurationProperties("dongtai")
public record DongtaiProperties(
        @DefaultValue Paths paths,
        @DefaultValue Crawl crawl,
        @DefaultValue Classify classify,
        @DefaultValue Numbering numbering,
        @DefaultValue Pdf pdf,
        @DefaultValue Web web) {

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
            @DefaultValue("output/.cache/http") Path cache,
            /* Non-public networks the crawler may enter: loopback, private, link-local, multicast or CIDR blocks.
               Empty: only public addresses, checked after DNS on every hop (the demo and the tests allow loopback). */
            @DefaultValue({}) List<String> allowedNetworks) {
    }

    /** The classifier: its trained model, the editors' examples it learns from, when to flag an item. */
    public record Classify(
            @DefaultValue("content/classify-model.bin") Path model,
            /* Editor-confirmed examples (JSON lines), appended when an issue is approved; training includes them. */
            @DefaultValue("content/editor-examples.jsonl") Path examples,
            /* Decisions less sure than this are flagged for the editor. */
            @DefaultValue("0.6") double lowConfidence) {
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

    /**
     * Faces for the PDF, each list tried in order ("file.ttc,N" names face N of a collection; first that exists
     * wins). TrueType outlines only: OpenPDF cannot subset CFF faces (Noto CJK) correctly. A character the body
     * or heading face lacks is set in the first face of heading, body, fallbacks that has it.
     */
    public record Pdf(
            /* A Song/Ming face: AR PL UMing CN (fonts-arphic-uming) covers GB2312. */
            @DefaultValue({"/usr/share/fonts/truetype/arphic/uming.ttc,0",
                "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0"}) List<String> bodyFonts,
            /* A Hei face for titles, sections and bold: WenQuanYi Zen Hei covers GBK and CJK Ext A. */
            @DefaultValue({"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"}) List<String> headingFonts,
            /* Further faces for characters the two above lack (Droid Sans Fallback has the GBK ones Zen Hei lacks). */
            @DefaultValue({"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"}) List<String> fallbackFonts) {
    }

    /**
     * Where output/ is published (e.g. https://dongtai.gidi.org.cn/issues/): the e-mail's contents then link to
     * the web edition. Blank: they link to the originals.
     */
    public record Web(@DefaultValue("") String publicBaseUrl) {
    }

}
