package cn.gidi.dongtai.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a response's bytes into a parsed document. Order of evidence: byte-order mark, then whether the
 * bytes are valid UTF-8 (major sites declare GB2312 and serve UTF-8), then the HTTP header, then the
 * meta tag. GBK and GB2312 are read as GB18030, their superset, so no character is lost.
 */
public final class PageDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([-\\w.:]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    public static Document parse(byte[] body, String contentType, String baseUrl) {
        return parse(body, contentType, baseUrl, null);
    }

    /**
     * Parse with the charset a source's settings name, when it has one: some sites declare one charset
     * and serve another in a way no sniffing settles. A blank or unknown name is ignored.
     */
    public static Document parse(byte[] body, String contentType, String baseUrl, String charsetOverride) {
        Charset forced = charsetOverride == null || charsetOverride.isBlank() ? null : declared("charset=" + charsetOverride);
        String html = forced != null
                ? new String(body, forced).replace("\uFEFF", "")
                : decode(body, contentType);
        return Jsoup.parse(html, baseUrl);
    }

    public static String decode(byte[] body, String contentType) {
        return new String(body, charsetOf(body, contentType)).replace("\uFEFF", "");
    }

    public static Charset charsetOf(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (isValidUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        Charset declared = declared(contentType);
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("<meta[^>]*charset[^>]*>", Pattern.CASE_INSENSITIVE).matcher(head);
            if (m.find()) {
                declared = declared(m.group());
            }
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || isLatin(declared)) {
            // Not UTF-8 whatever it says, and Chinese official sites that say Latin-1 or nothing serve the GB family.
            return GB18030;
        }
        return declared;
    }

    private static Charset declared(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("gb") || name.equals("cp936") || name.equals("x-gbk")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isLatin(Charset c) {
        String name = c.name();
        return name.equals("ISO-8859-1") || name.equals("windows-1252") || name.equals("US-ASCII");
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, 0, withoutCutCharacter(body)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Length without a multi-byte character cut off at the end (a size cap truncates mid-character). */
    private static int withoutCutCharacter(byte[] body) {
        int end = body.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = body[end - back] & 0xFF;
            if (b < 0x80) {
                return end;
            }
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? end - back : end;
            }
        }
        return end;
    }
}
