package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validators and bodies of earlier responses, on disk, so that a re-run asks the site "changed since?"
 * ({@code If-None-Match}, {@code If-Modified-Since}) and takes the stored body on {@code 304}.
 */
final class HttpCache {

    record Entry(String url, String etag, String lastModified, String contentType, String finalUrl) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    /** {@code dir} null: no cache. */
    HttpCache(Path dir) {
        this.dir = dir;
    }

    Optional<Entry> entry(String url) {
        if (dir == null) {
            return Optional.empty();
        }
        Path meta = dir.resolve(key(url) + ".json");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(dir.resolve(key(url) + ".body"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(meta.toFile(), Entry.class));
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged entry is simply not used
        }
    }

    byte[] body(String url) throws IOException {
        return Files.readAllBytes(dir.resolve(key(url) + ".body"));
    }

    void store(Entry entry, byte[] body) {
        if (dir == null || (entry.etag() == null && entry.lastModified() == null)) {
            return;
        }
        try {
            String k = key(entry.url());
            AtomicFiles.write(dir.resolve(k + ".body"), body);
            AtomicFiles.writeJson(dir.resolve(k + ".json"), entry);
        } catch (UncheckedIOException e) {
            // The cache only saves bandwidth; a run never fails because of it.
        }
    }

    private static String key(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
