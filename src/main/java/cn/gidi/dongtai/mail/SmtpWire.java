package cn.gidi.dongtai.mail;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One mail transaction (MAIL, RCPT, DATA, the message, ".") written straight to a plain SMTP connection
 * that Jakarta Mail opened and greeted (EHLO). Jakarta Mail's own transaction costs four round trips and
 * a second pass over every byte (its dot-stuffing stream); here the message arrives already stuffed
 * ({@link PreparedIssue.Wire}), and with PIPELINING (RFC 2920) MAIL, RCPT and DATA go in one write, so a
 * message costs two round trips. On a loaded machine each round trip waits for the server to be
 * scheduled, which was most of the time per message. TLS connections keep Jakarta Mail's path.
 * Replies are mapped as Jakarta Mail's would be: a refused RCPT concerns that recipient only.
 */
final class SmtpWire {

    private static final byte[] END = ".\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RSET = "RSET\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "DATA\r\n".getBytes(StandardCharsets.US_ASCII);

    private record Reply(int code, String text) {
        boolean positive() {
            return code >= 200 && code < 400;
        }

        SmtpReply asReply() {
            return SmtpReply.of(code, text);
        }
    }

    private final InputStream in;
    private final OutputStream out;
    private final boolean pipelining;
    private final byte[] buf = new byte[4096];
    private int pos;
    private int lim;

    SmtpWire(InputStream in, OutputStream out, boolean pipelining) {
        this.in = in;
        this.out = out;
        this.pipelining = pipelining;
    }

    boolean pipelining() {
        return pipelining;
    }

    /** Sends the message to one recipient; IOException: the connection is lost (or stalled and closed). */
    SmtpReply send(String from, String to, PreparedIssue.Wire message) throws IOException {
        // Both addresses were checked before (plain): this only guards the command line.
        byte[] mail = ascii("MAIL FROM:<" + address(from) + ">\r\n");
        byte[] rcpt = ascii("RCPT TO:<" + address(to) + ">\r\n");
        Reply m;
        Reply r;
        Reply d;
        if (pipelining) {
            out.write(mail);
            out.write(rcpt);
            out.write(DATA);
            out.flush();
            m = read();
            if (m.code() == 421) {
                return m.asReply(); // the server hangs up: the other replies never come
            }
            r = read();
            if (r.code() == 421) {
                return SmtpReply.recipient(r.code(), r.text());
            }
            d = read();
            if (d.code() == 354 && !(m.positive() && r.positive())) {
                // The server took DATA although MAIL or RCPT failed (RFC 2920 3.1): send an empty message
                // it will refuse for want of a recipient, and carry on.
                out.write(END);
                out.flush();
                read();
            }
        } else {
            m = command(mail);
            if (!m.positive()) {
                return reset(m.asReply());
            }
            r = command(rcpt);
            if (!r.positive()) {
                return reset(SmtpReply.recipient(r.code(), r.text()));
            }
            d = command(DATA);
        }
        if (!m.positive()) {
            return reset(m.asReply());
        }
        if (!r.positive()) {
            return reset(SmtpReply.recipient(r.code(), r.text()));
        }
        if (d.code() != 354) {
            return reset(d.asReply());
        }
        message.writeTo(out);
        out.write(END);
        out.flush();
        return read().asReply();
    }

    /** Ends a failed transaction so that the next one starts clean (unless the server is hanging up). */
    private SmtpReply reset(SmtpReply reply) throws IOException {
        if (!reply.closesSession()) {
            command(RSET);
        }
        return reply;
    }

    private Reply command(byte[] line) throws IOException {
        out.write(line);
        out.flush();
        return read();
    }

    /** One reply, all its lines ("250-…" continues, "250 …" ends). */
    private Reply read() throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            String line = readLine();
            if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))
                    || !Character.isDigit(line.charAt(2))) {
                throw new IOException("not an SMTP reply: " + line);
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(line);
            if (line.length() == 3 || line.charAt(3) != '-') {
                return new Reply(Integer.parseInt(line.substring(0, 3)), text.toString());
            }
        }
    }

    private String readLine() throws IOException {
        StringBuilder b = new StringBuilder(64);
        while (true) {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    throw new EOFException("the server closed the connection");
                }
            }
            byte c = buf[pos++];
            if (c == '\n') {
                int n = b.length();
                return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
            }
            b.append((char) (c & 0xff));
            if (b.length() > 4096) {
                throw new IOException("an SMTP reply line longer than 4096 characters");
            }
        }
    }

    /** An address goes into a command only as printable ASCII without brackets (no command injection). */
    static String address(String a) {
        if (!plain(a)) {
            throw new IllegalArgumentException("not a plain ASCII address for an SMTP command: "
                    + a.replaceAll("\\p{Cntrl}", "?"));
        }
        return a;
    }

    static boolean plain(String a) {
        return !a.isEmpty() && a.chars().allMatch(c -> c > 32 && c < 127 && c != '<' && c != '>');
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
