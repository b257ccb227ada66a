package cn.gidi.dongtai.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles' figures as the crawler stored them: one file per image, named by the SHA-256 of its bytes
 * ({@code <64 hex>.png|jpg}), so the same image fetched twice is stored once and a name says exactly which
 * bytes it means. The crawl writes here; render reads only from here (it never fetches). A draft names a
 * stored image in the image's address as {@code #figure=<name>} after the page's own URL, so an editor still
 * sees where a figure came from.
 */
public final class FigureStore {

    /** The reference a draft carries: the fragment of an image address. */
    private static final Pattern REFERENCE = Pattern.compile("#figure=([0-9a-f]{64}\\.(?:png|jpg))$");
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(?:png|jpg)");

    private final Path folder;

    /**
     * The store of a dongtai installation: {@code output/.figures/}, beside the crawl's other work files and, like
     * them, never served. Content-addressed, so every run and issue shares it. The one place that says where.
     */
    public static FigureStore under(Path outputRoot) {
        return new FigureStore(outputRoot.resolve(".figures"));
    }

    public FigureStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Stores the bytes (already checked to be a PNG or JPEG image) and returns their name. */
    public String put(byte[] bytes, String extension) {
        if (!extension.equals("png") && !extension.equals("jpg")) {
            throw new IllegalArgumentException("figures are stored as png or jpg, not " + extension);
        }
        String name = sha256(bytes) + "." + extension;
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            AtomicFiles.write(file, bytes);
        }
        return name;
    }

    /**
     * The stored bytes of a name, if the store has them and they still hash to it. A name comes from a draft,
     * which anyone may have edited: only the exact pattern is looked up, never a path.
     */
    public Optional<byte[]> read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return name.startsWith(sha256(bytes) + ".") ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored figure " + file, e);
        }
    }

    /** An image address carrying a stored name: the page's own URL (its fragment replaced) and the name. */
    public static String reference(String url, String name) {
        int hash = url.indexOf('#');
        return (hash < 0 ? url : url.substring(0, hash)) + "#figure=" + name;
    }

    /** The stored name an image address carries, if any. */
    public static Optional<String> nameIn(String src) {
        Matcher m = REFERENCE.matcher(src == null ? "" : src);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
