package cn.gidi.dongtai.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.exceptions.FailException;

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

    /** The DKIM-Signature header line(s), CRLF-terminated, for the message made of these parts in order. */
    byte[] signatureHeader(byte[]... parts) throws IOException {
        List<InputStream> streams = new java.util.ArrayList<>();
        for (byte[] p : parts) {
            streams.add(new ByteArrayInputStream(p));
        }
        try (InputStream message = new SequenceInputStream(Collections.enumeration(streams))) {
            String header = new DKIMSigner(template, key).sign(message);
            return (header.replaceAll("\r?\n", "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII);
        } catch (FailException e) {
            throw new IOException("cannot DKIM-sign the message: " + e.getMessage(), e);
        }
    }
}
