package cn.gidi.dongtai.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.canon.RelaxedBodyCanonicalizer;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.impl.BodyHasherImpl;
import org.apache.james.jdkim.impl.Message;
import org.apache.james.mime4j.MimeException;

/**
 * DKIM signatures (RFC 6376) by Apache James jDKIM, when {@code dongtai.mail.dkim.*} is configured:
 * rsa-sha256, relaxed/relaxed, over the headers a reader sees and the whole body. One signature per
 * message, computed over the exact bytes that go out (before dot-stuffing). The key is read once; neither
 * it nor its file's content is ever put into a message or a log line.
 */
final class DkimSigning {

    /** Signed headers: those a reader sees or a filter judges, plus the MIME structure. */
    static final String HEADERS = "from:to:subject:date:message-id:reply-to:list-id:list-unsubscribe:"
            + "list-unsubscribe-post:mime-version:content-type";

    private final String template;
    private final PrivateKey key;
    private final String domain;

    private DkimSigning(String domain, String selector, PrivateKey key) {
        this.domain = domain;
        this.template = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + "; s=" + selector + "; h=" + HEADERS
                + "; bh=; b=;";
        this.key = key;
    }

    /** The signer the settings ask for, or null when DKIM is not configured; a half-done setting is an error. */
    static DkimSigning of(MailSettings.Dkim dkim) {
        if (dkim == null || !dkim.requested()) {
            return null;
        }
        String missing = dkim.domain().isBlank() ? "dongtai.mail.dkim.domain"
                : dkim.selector().isBlank() ? "dongtai.mail.dkim.selector"
                : dkim.privateKey().isBlank() && dkim.privateKeyFile().isBlank()
                ? "dongtai.mail.dkim.private-key (DONGTAI_MAIL_DKIM_PRIVATE_KEY) or dongtai.mail.dkim.private-key-file" : null;
        if (missing != null) {
            throw new IllegalStateException("DKIM signing is half configured: " + missing + " is not set; "
                    + "set it, or remove every dongtai.mail.dkim.* setting to send unsigned");
        }
        if (!dkim.domain().matches("[A-Za-z0-9.-]+") || !dkim.selector().matches("[A-Za-z0-9._-]+")) {
            throw new IllegalStateException("dongtai.mail.dkim.domain and selector must be plain DNS names (got '"
                    + dkim.domain() + "', '" + dkim.selector() + "')");
        }
        String where = dkim.privateKey().isBlank() ? dkim.privateKeyFile() : "dongtai.mail.dkim.private-key";
        String pem;
        if (dkim.privateKey().isBlank()) {
            try {
                pem = Files.readString(Path.of(dkim.privateKeyFile()), StandardCharsets.US_ASCII);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read the DKIM private key file " + where + ": "
                        + e.getClass().getSimpleName() + "; check dongtai.mail.dkim.private-key-file");
            }
        } else {
            pem = dkim.privateKey();
        }
        return new DkimSigning(dkim.domain(), dkim.selector(), privateKey(pem, where));
    }

    /** An RSA key in PKCS#8 PEM ("BEGIN PRIVATE KEY"); the error never quotes the key. */
    static PrivateKey privateKey(String pem, String where) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("the DKIM key in " + where + " is PKCS#1 (BEGIN RSA PRIVATE KEY); convert it "
                    + "with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("the DKIM key in " + where + " is not an RSA private key in PKCS#8 PEM "
                    + "(-----BEGIN PRIVATE KEY-----); make one with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048");
        }
    }

    String domain() {
        return domain;
    }

    /**
     * The end every message of an issue shares, some 860 KB: {@code pdf} (the attachment's lines) and {@code tail}
     * (the closing boundaries), with its relaxed canonical form, made once per issue ({@code canonical} is null when
     * the end cannot be cut from the head: an attachment whose first line begins with white space).
     */
    record End(byte[] pdf, byte[] tail, byte[] canonical) {
    }

    End end(byte[] pdf, byte[] tail) throws IOException {
        if (pdf.length == 0 || !content(pdf[0])) {
            return new End(pdf, tail, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + tail.length + 64);
        try (RelaxedBodyCanonicalizer c = new RelaxedBodyCanonicalizer(out)) {
            c.write(pdf);
            c.write(tail);
        }
        return new End(pdf, tail, out.toByteArray());
    }

    /** As {@link #signatureHeader(byte[], End)}, for a message whose end is not kept. */
    byte[] signatureHeader(byte[] head, byte[] pdf, byte[] tail) throws IOException {
        return signatureHeader(head, end(pdf, tail));
    }

    /**
     * The DKIM-Signature header line(s), CRLF-terminated, for the message {@code head} (its header and the body up to
     * the attachment's first line) and {@code end}. Each message's body hash is SHA-256 over its head's canonical
     * form and the end's (the body is canonicalized line by line, so a body cut at the start of a line that has
     * content canonicalizes as its two parts do). The canonicalization and the signature are jDKIM's. A message that
     * cannot be cut so is signed whole.
     */
    byte[] signatureHeader(byte[] head, End end) throws IOException {
        int bodyStart = PreparedIssue.indexOf(head, HEADER_END);
        if (bodyStart < 0 || head[head.length - 1] != '\n' || end.canonical() == null) {
            return signatureHeaderWhole(head, end.pdf(), end.tail());
        }
        bodyStart += HEADER_END.length;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(canonicalLinesBefore(head, bodyStart));
            sha.update(end.canonical());
            byte[] bodyHash = sha.digest();
            DKIMSigner signer = new DKIMSigner(template, key);
            BodyHasherImpl hashed = new BodyHasherImpl(signer.newSignatureRecordTemplate(template)) {
                @Override
                public byte[] getDigest() {
                    return bodyHash;
                }
            };
            Message headers = new Message(new ByteArrayInputStream(head, 0, bodyStart));
            try {
                return headerBytes(signer.sign(headers, hashed));
            } finally {
                headers.dispose();
            }
        } catch (FailException | MimeException | NoSuchAlgorithmException e) {
            throw new IOException("cannot DKIM-sign the message: " + e.getMessage(), e);
        }
    }

    /** The same signature, jDKIM reading the whole message (the way every message was signed before). */
    byte[] signatureHeaderWhole(byte[]... parts) throws IOException {
        List<InputStream> streams = new java.util.ArrayList<>();
        for (byte[] p : parts) {
            streams.add(new ByteArrayInputStream(p));
        }
        try (InputStream message = new SequenceInputStream(Collections.enumeration(streams))) {
            return headerBytes(new DKIMSigner(template, key).sign(message));
        } catch (FailException e) {
            throw new IOException("cannot DKIM-sign the message: " + e.getMessage(), e);
        }
    }

    private static byte[] headerBytes(String header) {
        return (header.replaceAll("\r?\n", "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    /**
     * The relaxed canonical form of the body's lines in {@code head} from {@code from}, as they are when a line with
     * content follows (so its empty last lines stay): canonicalized with such a line after them, which is then cut.
     */
    private static byte[] canonicalLinesBefore(byte[] head, int from) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length - from + 8);
        try (RelaxedBodyCanonicalizer c = new RelaxedBodyCanonicalizer(out)) {
            c.write(head, from, head.length - from);
            c.write(LINE_WITH_CONTENT);
        }
        byte[] all = out.toByteArray();
        int cut = all.length - LINE_WITH_CONTENT.length;
        if (cut < 0 || !java.util.Arrays.equals(all, cut, all.length, LINE_WITH_CONTENT, 0, LINE_WITH_CONTENT.length)) {
            throw new IOException("cannot DKIM-sign the message: its body did not canonicalize as expected");
        }
        return java.util.Arrays.copyOf(all, cut);
    }

    private static final byte[] LINE_WITH_CONTENT = {'x', '\r', '\n'};

    /** A byte that starts a line with content: neither white space nor a line end. */
    private static boolean content(byte b) {
        return b != ' ' && b != '\t' && b != '\r' && b != '\n';
    }
}
