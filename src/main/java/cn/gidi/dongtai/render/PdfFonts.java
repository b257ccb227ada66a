package cn.gidi.dongtai.render;

import cn.gidi.dongtai.concurrent.Threads;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The faces the PDF sets text in, all with TrueType ({@code glyf}) outlines: OpenPDF subsets those
 * soundly, whereas its CFF subsetter crashes on some characters (鲈) and writes malformed subsets
 * (OpenPDF issue #71), so CFF faces such as Noto CJK are refused. Flying Saucer uses one face per run
 * of text; {@link GlyphCoverage} routes each character that the body or heading face lacks to the first
 * face here that has it.
 */
final class PdfFonts {

    static final String BODY = "DT Serif";
    static final String HEADING = "DT Heading";
    static final String FALLBACK = "DT Fallback";

    /**
     * One face under the family name the stylesheets use. The body and heading faces are read from their files in
     * the background as soon as the fonts are made (parsing a CJK face costs a cold process a few tenths of a
     * CPU-second, which the draft's reading and the templates overlap); a fallback face is read the first time a
     * character is sought in it: most issues need none, and a face no character was sought in sets no text.
     */
    static final class Face {
        private final String family;
        private final String file;
        private CompletableFuture<BaseFont> reading;

        private Face(String family, String file, CompletableFuture<BaseFont> reading) {
            this.family = family;
            this.file = file;
            this.reading = reading;
        }

        String family() {
            return family;
        }

        String file() {
            return file;
        }

        BaseFont font() {
            CompletableFuture<BaseFont> r;
            synchronized (this) {
                if (reading == null) {
                    reading = CompletableFuture.completedFuture(read(file));
                }
                r = reading;
            }
            return Threads.join(r);
        }

        synchronized boolean loaded() {
            return reading != null;
        }

        boolean has(int codePoint) {
            return font().charExists(codePoint);
        }
    }

    private final Face body;
    private final Face heading;
    private final List<Face> fallbacks;

    PdfFonts(List<String> bodyFonts, List<String> headingFonts, List<String> fallbackFonts) {
        this.body = load(BODY, firstExisting(bodyFonts, "dongtai.pdf.body-fonts"));
        String h = firstExistingOrNull(headingFonts);
        this.heading = h == null ? new Face(HEADING, body.file(), body.reading) : load(HEADING, h);
        List<Face> fb = new ArrayList<>();
        for (String f : fallbackFonts) {
            if (exists(f)) {
                checkOutlines(f);
                fb.add(new Face(FALLBACK + " " + (fb.size() + 1), f, null));
            }
        }
        this.fallbacks = List.copyOf(fb);
    }

    Face body() {
        return body;
    }

    Face heading() {
        return heading;
    }

    /** Heading face first, then body, then the fallbacks: the order in which a face is sought for a character. */
    List<Face> searchOrder() {
        List<Face> all = new ArrayList<>();
        all.add(heading);
        all.add(body);
        all.addAll(fallbacks);
        return all;
    }

    /**
     * A font resolver that knows the faces {@link #register} gives it and nothing else. Flying Saucer's own starts
     * with the fourteen standard PDF fonts (Times, Helvetica, Courier, Symbol, Zapf Dingbats), parsing their metric
     * files for every resolver, about a seventh of a cold render's work; they cannot set a Chinese character, and the
     * stylesheets name the faces above. The body face stands in for Flying Saucer's last resort, "Serif".
     */
    static ITextFontResolver resolver() {
        return new ITextFontResolver() {
            @Override
            protected Map<String, FontFamily> loadFonts() {
                return new HashMap<>();
            }
        };
    }

    /** Registers the faces read so far: call it after {@link GlyphCoverage} has sought its characters. */
    void register(ITextFontResolver resolver) {
        for (Face f : searchOrder()) {
            if (f.loaded()) {
                resolver.addFont(f.font(), f.file(), f.family());
            }
        }
        resolver.addFont(body.font(), body.file(), "Serif");
    }

    private static Face load(String family, String file) {
        checkOutlines(file);
        return new Face(family, file, Threads.start("pdf-fonts", () -> read(file)));
    }

    private static void checkOutlines(String file) {
        try {
            if (hasCffOutlines(file)) {
                throw new IllegalStateException("font " + file + " has CFF outlines, which OpenPDF cannot subset "
                        + "correctly; name a TrueType-outline face (e.g. /usr/share/fonts/truetype/arphic/uming.ttc,0)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot load font " + file + ": " + e.getMessage(), e);
        }
    }

    /** The faces read so far: a face is read and parsed once per process, whatever the number of renderers. */
    private static final Map<String, BaseFont> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static BaseFont read(String file) {
        return READ.computeIfAbsent(file, PdfFonts::parse);
    }

    private static BaseFont parse(String file) {
        try {
            // Given as bytes: from a file name, OpenPDF's subsetter re-reads the face a byte per system call (its
            // glyph index alone is some 260,000 calls for a CJK face: a fifth of a second of every render).
            byte[] bytes = Files.readAllBytes(Path.of(file.replaceFirst(",\\d+$", "")));
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load font " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the face's table directory has a {@code CFF } table ("file.ttc,N" names face N of a collection). */
    static boolean hasCffOutlines(String spec) throws IOException {
        String file = spec.replaceFirst(",\\d+$", "");
        int index = spec.equals(file) ? 0 : Integer.parseInt(spec.substring(file.length() + 1));
        try (FileChannel ch = FileChannel.open(Path.of(file))) {
            ByteBuffer head = read(ch, 0, 12);
            long dir = 0;
            if (head.getInt(0) == 0x74746366) { // 'ttcf'
                dir = read(ch, 12 + 4L * index, 4).getInt(0) & 0xffffffffL;
            }
            int tables = read(ch, dir + 4, 2).getShort(0) & 0xffff;
            ByteBuffer records = read(ch, dir + 12, tables * 16);
            for (int i = 0; i < tables; i++) {
                if (records.getInt(i * 16) == 0x43464620) { // 'CFF '
                    return true;
                }
            }
            return false;
        }
    }

    private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
            // keep reading
        }
        return b.flip();
    }

    private static String firstExisting(List<String> candidates, String setting) {
        String found = firstExistingOrNull(candidates);
        if (found == null) {
            throw new IllegalStateException("no Chinese font found for the PDF; tried " + candidates
                    + ". Install one (Debian: apt-get install fonts-arphic-uming fonts-wqy-zenhei) or name a font file in "
                    + setting);
        }
        return found;
    }

    private static String firstExistingOrNull(List<String> candidates) {
        return candidates.stream().filter(PdfFonts::exists).findFirst().orElse(null);
    }

    private static boolean exists(String candidate) {
        return Files.isRegularFile(Path.of(candidate.replaceFirst(",\\d+$", "")));
    }
}
