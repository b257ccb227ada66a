package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.source.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers fetches from a WARC capture instead of the network: the last response recorded for each URL,
 * redirects followed within the capture, error responses failing as they did live.
 */
public final class WarcReplayFetcher implements PageFetcher {

    private record Captured(int status, String reason, String contentType, String location, byte[] body,
                            java.time.Instant date, boolean truncated) {
    }

    private final Path file;
    private final Map<String, Captured> byUrl = new HashMap<>();
    private List<Source> sources;

    public WarcReplayFetcher(Path file) {
        this.file = file;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such crawl capture");
        }
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse r) {
                    HttpResponse http = r.http();
                    byUrl.put(UrlCanonicalizer.canonical(r.target()), new Captured(http.status(), http.reason(),
                            http.headers().first("Content-Type").orElse(null), http.headers().first("Location").orElse(null),
                            http.body().stream().readAllBytes(), r.date(), r.truncated() != null
                            && !r.truncated().toString().equalsIgnoreCase("not_truncated")));
                } else if (record instanceof WarcResource res && WarcCapture.SOURCES_RECORD.toString().equals(res.target())) {
                    sources = Arrays.asList(JsonMapper.builder().build()
                            .readValue(res.body().stream().readAllBytes(), Source[].class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not a readable WARC capture (" + e.getMessage() + ")", e);
        }
    }

    /** The sources the captured run was made with, if the capture recorded them. */
    public Optional<List<Source>> sources() {
        return Optional.ofNullable(sources);
    }

    @Override
    public FetchedPage fetch(String url) throws FetchException {
        String current = url;
        for (int hop = 0; hop < 10; hop++) {
            Captured c = byUrl.get(UrlCanonicalizer.canonical(current));
            if (c == null) {
                throw new FetchException(url, "not in the capture " + file.getFileName());
            }
            if (c.status() >= 300 && c.status() < 400 && c.location() != null) {
                current = URI.create(current).resolve(c.location().trim()).toString();
                if (!current.matches("(?i)https?://.*")) {
                    throw new FetchException(url, "only http(s) URLs are fetched (redirected to " + current + ")");
                }
                continue;
            }
            if (c.status() >= 400) {
                throw new FetchException(url, "HTTP " + c.status() + " " + c.reason() + " (as captured)");
            }
            if (c.truncated()) {
                throw new FetchException(url, "larger than the size limit (captured truncated)");
            }
            return new FetchedPage(url, current, c.status(), c.contentType(), c.body(), c.date());
        }
        throw new FetchException(url, "too many redirects in the capture");
    }
}
