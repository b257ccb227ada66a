package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.source.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every response of a crawl to a gzipped WARC file (the web-archiving standard), with the
 * sources the crawl was run with, so the run can be traced page by page and replayed offline.
 */
public final class WarcCapture implements ResponseLog, AutoCloseable {

    static final URI SOURCES_RECORD = URI.create("urn:dongtai:sources");
    /** Header a fetcher adds to a response it stopped reading at its size limit (becomes WARC-Truncated). */
    public static final String TRUNCATED = "X-Dongtai-Truncated";
    private static final Set<String> DROPPED = Set.of("content-length", "content-encoding", "transfer-encoding");

    private final Path file;
    private final WarcWriter writer;

    public WarcCapture(Path file, List<Source> sources) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                    WarcCompression.GZIP);
            writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1)
                    .fields(Map.of("software", List.of("dongtai"), "format", List.of("WARC File Format 1.1")))
                    .build());
            writer.write(new WarcResource.Builder(SOURCES_RECORD).version(MessageVersion.WARC_1_1)
                    .body(MediaType.parse("application/json"), JsonMapper.builder().build().writeValueAsBytes(sources))
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the crawl capture " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void record(String url, int status, String reason, Map<String, String> headers, byte[] body, Instant at) {
        try {
            HttpResponse.Builder http = new HttpResponse.Builder(status, reason == null ? "" : reason);
            String type = "application/octet-stream";
            boolean truncated = false;
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(TRUNCATED)) {
                    truncated = true;
                } else if (h.getKey().equalsIgnoreCase("content-type")) {
                    type = h.getValue();
                } else if (!DROPPED.contains(h.getKey().toLowerCase())) {
                    http.addHeader(h.getKey(), h.getValue());
                }
            }
            http.body(MediaType.parseLeniently(type), body);
            WarcResponse.Builder record = new WarcResponse.Builder(URI.create(url)).version(MessageVersion.WARC_1_1)
                    .date(at).body(http.build());
            if (truncated) {
                record.addHeader("WARC-Truncated", "length");
            }
            writer.write(record.build());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot write " + url + " to the crawl capture " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the crawl capture " + file, e);
        }
    }
}
