package cn.gidi.dongtai.text;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Text from a page is untrusted: control characters (terminal escape sequences among them), bidi
 * overrides and private-use characters are removed from every field before anyone prints or renders it,
 * and a page whose bytes are not text at all is recognised before it becomes an article.
 */
public final class CleanText {

    /** How much of a page is looked at to tell text from binary. */
    private static final int SAMPLE = 64 * 1024;

    private CleanText() {
    }

    /**
     * The text without C0/C1 control characters (newline kept; tab, CR and form feed become spaces), bidi
     * embeddings, overrides and isolates, private-use, unassigned and unpaired surrogate code points, and the
     * replacement character.
     */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            int keep = kept(cp);
            if (keep != cp && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && keep >= 0) {
                out.appendCodePoint(keep);
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    /** The code point to keep for {@code cp}: itself, a space, or -1 to drop it. */
    private static int kept(int cp) {
        if (cp == '\n') {
            return cp;
        }
        if (cp == '\t' || cp == '\r' || cp == '\f') {
            return ' ';
        }
        if (cp == 0xFFFD || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            return -1;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> -1;
            default -> cp;
        };
    }

    /**
     * Why the bytes are not a text page, or empty when they are. Control bytes (other than tab, newline,
     * form feed, carriage return and escape) never occur in text in ASCII-compatible encodings, even inside
     * GBK or UTF-8 multi-byte characters, and replacement characters mean the bytes fit no encoding.
     */
    public static Optional<String> notText(byte[] body, Charset charset) {
        int length = Math.min(body.length, SAMPLE);
        if (length == 0) {
            return Optional.empty();
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = body[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) {
                control++;
            }
        }
        String text = new String(body, 0, length, charset);
        int chars = 0;
        int bad = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            chars++;
            int type = Character.getType(cp);
            if (cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.SURROGATE) {
                bad++;
            }
        }
        double controlShare = control / (double) length;
        double badShare = chars == 0 ? 0 : bad / (double) chars;
        if (controlShare > 0.01 || badShare > 0.05) {
            return Optional.of(String.format("not a text page: %.0f%% control bytes, %.0f%% replacement or "
                    + "unassigned characters (binary content served as a web page)", 100 * controlShare, 100 * badShare));
        }
        return Optional.empty();
    }
}
