package cn.gidi.dongtai.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An issue's message as bytes with holes: Jakarta Mail builds the message once per issue with stand-ins for
 * what differs per subscriber (To, Date, Message-ID, unsubscribe token, list, the two texts), and each
 * subscriber's message is those bytes with the holes filled. Only the two texts are encoded per message, by
 * Jakarta Mail's own encoders and with its own choice of encoding (7bit, quoted-printable or base64, by the
 * same count of non-ASCII bytes and long lines), so the result is the message Jakarta Mail would have built,
 * byte for byte but for the MIME boundary (one per issue) and the date (WireFormatTest checks both ways).
 * Making a message this way costs a copy of about 25 KB instead of a MIME tree, two encodings through
 * stream layers and three passes over the bytes (about two thirds of the CPU of a send before).
 */
final class Template {

    /** Token and list values that need no URL-encoding or quoting: anything else takes Jakarta Mail's path. */
    static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

    private static final String TO = "to.stand-in.0d7f@dongtai.invalid";
    private static final String MESSAGE_ID = "<message-id.stand-in.0d7f@dongtai.invalid>";
    private static final String TOKEN = "token0stand0in0d7f";
    private static final String LIST = "list0stand0in0d7f";
    private static final String TEXT = "text0stand0in0d7f";
    private static final String HTML = "html0stand0in0d7f";
    private static final String SEVEN_BIT = "Content-Transfer-Encoding: 7bit";

    private enum Hole { TO, DATE, MESSAGE_ID, TOKEN, LIST, TEXT_ENCODING, TEXT, HTML_ENCODING, HTML }

    final Session session;
    final boolean usable;
    /** What follows the attachment, before and after stuffing (the same for every subscriber). */
    final PreparedIssue.Stuffed tail;
    /** The end of this issue's messages as DKIM canonicalizes it, made by the first signed message. */
    private volatile DkimSigning.End dkimEnd;
    /** pieces[i], then hole i, then pieces[i + 1] … (pieces has one more element than holes). */
    private final byte[][] pieces;
    private final Hole[] holes;
    private final Merge text;
    private final Merge html;
    private final String unsubscribeUrl;
    /** Whether the fixed pieces hold a line that begins with ".". */
    private final boolean constantDots;
    private volatile Stamp date;

    private record Stamp(long second, byte[] bytes) {
    }

    private Template(Session session, boolean usable, PreparedIssue.Stuffed tail, byte[][] pieces, Hole[] holes,
                     Merge text, Merge html, String unsubscribeUrl) {
        this.session = session;
        this.usable = usable;
        this.tail = tail;
        this.pieces = pieces;
        this.holes = holes;
        this.text = text;
        this.html = html;
        this.unsubscribeUrl = unsubscribeUrl;
        boolean dots = false;
        if (pieces != null) {
            for (byte[] p : pieces) {
                dots |= PreparedIssue.stuff(p, true) != p;
            }
        }
        this.constantDots = dots;
    }

    private static Template unusable(Session session) {
        return new Template(session, false, null, null, null, null, null, null);
    }

    static Template make(PreparedIssue issue, Session session, String unsubscribeUrl) throws MessagingException {
        if (Boolean.parseBoolean(session.getProperty("mail.mime.allowutf8"))) {
            return unusable(session); // addresses would be written as UTF-8, not as encoded words: not modelled here
        }
        Date epoch = new Date(0);
        MimeMessage m = issue.build(session, new InternetAddress(TO), LIST, MESSAGE_ID, PreparedIssue.PLACEHOLDER, TOKEN,
                epoch, TEXT, HTML);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            m.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot write the message template", e);
        }
        byte[] all = out.toByteArray();
        int at = PreparedIssue.indexOf(all, PreparedIssue.PLACEHOLDER);
        if (at < 0) {
            return unusable(session);
        }
        byte[] pdf = issue.encodedPdf();
        boolean pdfEndsLine = pdf.length > 0 && pdf[pdf.length - 1] == '\n';
        byte[] tail = PreparedIssue.endWithCrlf(PreparedIssue.lines(
                Arrays.copyOfRange(all, at + PreparedIssue.PLACEHOLDER.length, all.length)));
        String head = new String(PreparedIssue.lines(Arrays.copyOfRange(all, 0, at)), StandardCharsets.ISO_8859_1);

        // Where each stand-in stands (each once, the token twice), and the encodings of the two texts.
        List<int[]> found = new ArrayList<>(); // {start, end, hole}
        if (!find(head, "To: " + TO + "\r\n", 4, TO.length(), Hole.TO, 1, found)
                || !find(head, "Date: " + new MailDateFormat().format(epoch) + "\r\n", 6,
                        new MailDateFormat().format(epoch).length(), Hole.DATE, 1, found)
                || !find(head, MESSAGE_ID, 0, MESSAGE_ID.length(), Hole.MESSAGE_ID, 1, found)
                || !find(head, TOKEN, 0, TOKEN.length(), Hole.TOKEN, 2, found)
                || !find(head, LIST, 0, LIST.length(), Hole.LIST, 1, found)
                || !body(head, TEXT, Hole.TEXT_ENCODING, Hole.TEXT, found)
                || !body(head, HTML, Hole.HTML_ENCODING, Hole.HTML, found)) {
            return unusable(session);
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        byte[][] pieces = new byte[found.size() + 1][];
        Hole[] holes = new Hole[found.size()];
        int from = 0;
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            if (f[0] < from) {
                return unusable(session); // overlapping stand-ins: cannot happen with the stand-ins above
            }
            pieces[i] = head.substring(from, f[0]).getBytes(StandardCharsets.ISO_8859_1);
            holes[i] = Hole.values()[f[2]];
            from = f[1];
        }
        pieces[found.size()] = head.substring(from).getBytes(StandardCharsets.ISO_8859_1);
        return new Template(session, true, new PreparedIssue.Stuffed(tail, PreparedIssue.stuff(tail, pdfEndsLine)),
                pieces, holes, new Merge(issue.text()), new Merge(issue.html()), unsubscribeUrl);
    }

    /** Records {@code times} occurrences of {@code marker}, the hole being {@code length} chars from {@code offset}. */
    private static boolean find(String head, String marker, int offset, int length, Hole hole, int times, List<int[]> found) {
        int n = 0;
        for (int i = head.indexOf(marker); i >= 0; i = head.indexOf(marker, i + marker.length())) {
            found.add(new int[] {i + offset, i + offset + length, hole.ordinal()});
            n++;
        }
        return n == times;
    }

    /** A text part: its body stand-in (written 7bit, the whole body) and the encoding named in its headers. */
    private static boolean body(String head, String standIn, Hole encoding, Hole body, List<int[]> found) {
        int at = head.indexOf(standIn);
        if (at < 0 || head.indexOf(standIn, at + 1) >= 0 || !head.startsWith("\r\n\r\n", at - 4)
                || !head.startsWith("\r\n", at + standIn.length())) {
            return false;
        }
        int headers = head.lastIndexOf("\r\n--", at); // the part's boundary line
        int cte = head.lastIndexOf(SEVEN_BIT + "\r\n", at);
        if (headers < 0 || cte < headers) {
            return false;
        }
        int value = cte + SEVEN_BIT.length() - "7bit".length();
        found.add(new int[] {value, value + "7bit".length(), encoding.ordinal()});
        found.add(new int[] {at, at + standIn.length(), body.ordinal()});
        return true;
    }

    /**
     * Whether a subscriber can be rendered from the template: names that could form a merge tag with the text
     * around them go through Jakarta Mail's path, which replaces one tag after the other.
     */
    static boolean plainGreeting(String greeting) {
        return greeting.indexOf('{') < 0 && greeting.indexOf('}') < 0;
    }

    /** A Message-ID as dongtai makes them: printable ASCII, no line break. */
    static boolean plainId(String id) {
        return id.chars().allMatch(c -> c > 32 && c < 127);
    }

    /** The message up to the attachment (CRLF lines, not stuffed). */
    Rendered render(InternetAddress to, String list, String messageId, String token, String greeting)
            throws MessagingException {
        String url = unsubscribeUrl + token;
        Encoded textBody = encode(text.fill(greeting, url));
        Encoded htmlBody = encode(html.fill(PreparedIssue.escape(greeting), PreparedIssue.escape(url)));
        byte[] toValue = ascii(InternetAddress.toString(new Address[] {to}, 4), true); // as MimeMessage.setRecipient writes it
        byte[] id = ascii(messageId, false);
        byte[] tokenBytes = ascii(token, false);
        byte[] listBytes = ascii(list, false);
        byte[] dateBytes = date();
        byte[][] values = new byte[holes.length][];
        int size = 0;
        for (int i = 0; i < holes.length; i++) {
            values[i] = switch (holes[i]) {
                case TO -> toValue;
                case DATE -> dateBytes;
                case MESSAGE_ID -> id;
                case TOKEN -> tokenBytes;
                case LIST -> listBytes;
                case TEXT_ENCODING -> textBody.encoding();
                case TEXT -> textBody.bytes();
                case HTML_ENCODING -> htmlBody.encoding();
                case HTML -> htmlBody.bytes();
            };
            size += pieces[i].length + values[i].length;
        }
        size += pieces[holes.length].length;
        byte[] out = new byte[size];
        int o = 0;
        for (int i = 0; i < holes.length; i++) {
            System.arraycopy(pieces[i], 0, out, o, pieces[i].length);
            o += pieces[i].length;
            System.arraycopy(values[i], 0, out, o, values[i].length);
            o += values[i].length;
        }
        System.arraycopy(pieces[holes.length], 0, out, o, pieces[holes.length].length);
        // Header values never begin a line (folded ones begin with white space): only the bodies and the fixed
        // pieces can hold a line that begins with ".".
        return new Rendered(out, constantDots || textBody.dots() || htmlBody.dots());
    }

    /** The Date header's value, as MimeMessage.setSentDate writes it; made once a second. */
    private byte[] date() {
        long second = System.currentTimeMillis() / 1000;
        Stamp d = date;
        if (d == null || d.second() != second) {
            d = new Stamp(second, new MailDateFormat().format(new Date(second * 1000)).getBytes(StandardCharsets.US_ASCII));
            date = d;
        }
        return d.bytes();
    }

    /** Header values are ASCII (encoded words, checked ids); a line break in one would end the header: refused. */
    private static byte[] ascii(String s, boolean folded) throws MessagingException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            if (c >= 127 || (c < 32 && c != '\t' && !(folded && (c == '\r' || c == '\n')))) {
                throw new MessagingException("not an ASCII header value");
            }
            b[i] = (byte) c;
        }
        return b;
    }

    /** The head of one subscriber's message; {@code dots}: whether a line of it begins with "." (needs stuffing). */
    /** The DKIM end of every message filled into this template (the attachment and the tail), made on first use. */
    DkimSigning.End dkimEnd(DkimSigning dkim, byte[] pdf) throws java.io.IOException {
        DkimSigning.End end = dkimEnd;
        if (end == null) {
            end = dkim.end(pdf, tail.plain());
            dkimEnd = end;
        }
        return end;
    }

    record Rendered(byte[] head, boolean dots) {
    }

    /** {@code dots}: a line of the encoded body begins with "." (never in base64). */
    private record Encoded(byte[] encoding, byte[] bytes, boolean dots) {
    }

    private static final byte[] B7 = "7bit".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QP = "quoted-printable".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] B64 = "base64".getBytes(StandardCharsets.US_ASCII);

    /**
     * A text part's body, encoded as Jakarta Mail encodes a text part: its choice (MimeUtility.getEncoding: all
     * ASCII with lines of at most 998 bytes: 7bit; more ASCII than not: quoted-printable; else base64) and its encoders.
     */
    private static Encoded encode(String s) throws MessagingException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int ascii = 0;
        int nonAscii = 0;
        int line = 0;
        boolean longLine = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\r' || c == '\n') {
                line = 0;
            } else if (++line > 998) {
                longLine = true;
            }
            if (c >= 0177 || (c < 040 && c != '\r' && c != '\n' && c != '\t')) {
                nonAscii++;
            } else {
                ascii++;
            }
        }
        if (nonAscii == 0 && !longLine) {
            byte[] lines = PreparedIssue.lines(b);
            return new Encoded(B7, lines, PreparedIssue.stuff(lines, true) != lines);
        }
        if (ascii > nonAscii) {
            boolean[] dots = new boolean[1];
            return new Encoded(QP, quotedPrintable(b, dots), dots[0]);
        }
        Bytes sink = new Bytes(b.length / 3 * 4 + b.length / 38 + 16);
        try {
            OutputStream os = MimeUtility.encode(sink, "base64");
            os.write(b);
            os.flush();
        } catch (IOException e) {
            throw new MessagingException("cannot encode a text part", e);
        }
        return new Encoded(B64, PreparedIssue.lines(sink.toByteArray()), false);
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /**
     * Quoted-printable exactly as Jakarta Mail's encoder writes it (Angus Mail's QPEncoderStream, 76-character
     * lines: a space is held back and encoded before a line break, CR, LF and CRLF each end a line, bytes below
     * 32 or from 127 and "=" are encoded, a soft break "=" CRLF before a line would pass 75), in one pass over an
     * array instead of a virtual call per byte; WireFormatTest holds the two to the same output.
     */
    static byte[] quotedPrintable(byte[] b) {
        return quotedPrintable(b, new boolean[1]);
    }

    /** As {@link #quotedPrintable(byte[])}; sets {@code dots[0]} when a line of the output begins with ".". */
    static byte[] quotedPrintable(byte[] b, boolean[] dots) {
        byte[] out = new byte[b.length * 3 + b.length / 24 + 16]; // at worst every byte encoded, plus soft breaks
        int o = 0;
        int count = 0;
        boolean gotSpace = false;
        boolean gotCr = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (out.length - o < 16) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            if (gotSpace) {
                boolean encode = c == '\r' || c == '\n';
                if ((count += encode ? 3 : 1) > 75) {
                    out[o++] = '=';
                    out[o++] = '\r';
                    out[o++] = '\n';
                    count = encode ? 3 : 1;
                }
                if (encode) {
                    out[o++] = '=';
                    out[o++] = '2';
                    out[o++] = '0';
                } else {
                    out[o++] = ' ';
                }
                gotSpace = false;
            }
            if (c == '\r') {
                gotCr = true;
                out[o++] = '\r';
                out[o++] = '\n';
                count = 0;
                continue;
            }
            if (c == '\n') {
                if (!gotCr) {
                    out[o++] = '\r';
                    out[o++] = '\n';
                    count = 0;
                }
            } else if (c == ' ') {
                gotSpace = true;
            } else if (c < 32 || c >= 127 || c == '=') {
                if ((count += 3) > 75) {
                    out[o++] = '=';
                    out[o++] = '\r';
                    out[o++] = '\n';
                    count = 3;
                }
                out[o++] = '=';
                out[o++] = HEX[c >> 4];
                out[o++] = HEX[c & 0xf];
            } else {
                if (++count > 75) {
                    out[o++] = '=';
                    out[o++] = '\r';
                    out[o++] = '\n';
                    count = 1;
                }
                if (count == 1 && c == '.') {
                    dots[0] = true; // first on its line
                }
                out[o++] = (byte) c;
            }
            gotCr = false;
        }
        if (gotSpace) { // flush: a trailing space is encoded
            if (count + 3 > 75) {
                out[o++] = '=';
                out[o++] = '\r';
                out[o++] = '\n';
            }
            out[o++] = '=';
            out[o++] = '2';
            out[o++] = '0';
        }
        return Arrays.copyOf(out, o);
    }

    /** An unsynchronised byte sink (ByteArrayOutputStream locks on every byte the encoders write). */
    private static final class Bytes extends OutputStream {
        private byte[] buf;
        private int count;

        Bytes(int size) {
            buf = new byte[Math.max(16, size)];
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        byte[] toByteArray() {
            return count == buf.length ? buf : Arrays.copyOf(buf, count);
        }
    }

    /** A text with its merge tags found once: filling it is one pass, as text.replace(name).replace(url) would give. */
    private static final class Merge {
        private final String[] literals;
        private final boolean[] isName;

        Merge(String template) {
            List<String> lits = new ArrayList<>();
            List<Boolean> names = new ArrayList<>();
            // Name tags first, then unsubscribe tags in what is left: the order String.replace applies them.
            String[] byName = template.split(Pattern.quote(PreparedIssue.NAME_TAG), -1);
            StringBuilder pending = new StringBuilder();
            for (int i = 0; i < byName.length; i++) {
                String[] byUrl = byName[i].split(Pattern.quote(PreparedIssue.UNSUBSCRIBE_TAG), -1);
                for (int j = 0; j < byUrl.length; j++) {
                    pending.append(byUrl[j]);
                    if (j < byUrl.length - 1) {
                        lits.add(pending.toString());
                        names.add(false);
                        pending.setLength(0);
                    }
                }
                if (i < byName.length - 1) {
                    lits.add(pending.toString());
                    names.add(true);
                    pending.setLength(0);
                }
            }
            lits.add(pending.toString());
            literals = lits.toArray(String[]::new);
            isName = new boolean[names.size()];
            for (int i = 0; i < isName.length; i++) {
                isName[i] = names.get(i);
            }
        }

        String fill(String name, String url) {
            int size = 0;
            for (String l : literals) {
                size += l.length();
            }
            StringBuilder b = new StringBuilder(size + isName.length * Math.max(name.length(), url.length()));
            for (int i = 0; i < isName.length; i++) {
                b.append(literals[i]).append(isName[i] ? name : url);
            }
            return b.append(literals[isName.length]).toString();
        }
    }
}
