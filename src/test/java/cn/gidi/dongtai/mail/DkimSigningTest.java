package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DKIM: with {@code dongtai.mail.dkim.*} set, each message carries one DKIM-Signature that jDKIM's verifier
 * accepts against the public key (handed to it as its DNS lookup would); a changed byte breaks it. A
 * half-done setting or a wrong key is refused in one line that never quotes the key.
 */
class DkimSigningTest {

    private static KeyPair keys;
    private static String privatePem;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        privatePem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** jDKIM's verifier, its DNS lookup answered with our public key for s1._domainkey.gidi.example.org only. */
    private static DKIMVerifier verifier() {
        String record = "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        return new DKIMVerifier((method, selector, domain) -> "s1".contentEquals(selector)
                && "gidi.example.org".contentEquals(domain) ? List.of(record) : List.of());
    }

    @Test
    void aSignedMessageVerifiesAndAChangedByteInThePdfDoesNot() throws Exception {
        byte[] pdf = new byte[50_001];
        new Random(3).nextBytes(pdf);
        DkimSigning dkim = DkimSigning.of(new MailSettings.Dkim("gidi.example.org", "s1", privatePem, ""));
        PreparedIssue issue = new PreparedIssue("2024-20", "《大数据发展动态》", "<p>{{name}}，您好！</p>", "{{name}}，您好！\n.\n",
                pdf, "issue.pdf", MailSettings.of(Map.of()), new UnsubscribeTokens("dkim-test-unsubscribe-key-0123"), dkim);
        PreparedIssue.Wire wire = issue.wire(jakarta.mail.Session.getInstance(new java.util.Properties()),
                "reader@example.org", "读者", "dongtai", "<id-1@gidi.example.org>");
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        wire.writeMessageTo(message);
        byte[] bytes = message.toByteArray();
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).startsWith("DKIM-Signature:")
                .containsOnlyOnce("DKIM-Signature:");

        List<SignatureRecord> ok = verifier().verify(new ByteArrayInputStream(bytes));
        assertThat(ok).hasSize(1);
        assertThat(ok.get(0).getDToken()).hasToString("gidi.example.org");

        byte[] changed = bytes.clone();
        changed[bytes.length - wire.tail().length - 100] ^= 1; // one bit of the attachment
        assertThatThrownBy(() -> verifier().verify(new ByteArrayInputStream(changed))).isInstanceOf(FailException.class);
    }

    @Test
    void messagesMailedThroughTheDeliveryJobArriveSignedAndVerify() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path keyFile = dir.resolve("dkim.pem");
        Files.writeString(keyFile, privatePem);
        MailFixture.renderIssue(dir);
        try (MailFixture app = MailFixture.start(dir, port, "--dongtai.mail.dkim.domain=gidi.example.org",
                "--dongtai.mail.dkim.selector=s1", "--dongtai.mail.dkim.private-key-file=" + keyFile)) {
            app.bean(SubscriberStore.class).add(new Subscriber("li.na@example.org", "李娜", ""), "dongtai");
            app.bean(SubscriberStore.class).add(new Subscriber("wang@example.org", "", ""), "dongtai");
            SendReport r = app.bean(MailDelivery.class).send(MailFixture.ISSUE, "dongtai", null);
            assertThat(r.sent()).isEqualTo(2);
            for (MimeMessage m : smtp.getReceivedMessages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                m.writeTo(raw);
                assertThat(verifier().verify(new ByteArrayInputStream(raw.toByteArray()))).hasSize(1);
            }
            assertThat(smtp.getReceivedMessages()).hasSize(2);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aHalfDoneSettingOrABadKeyIsRefusedInOneLineThatNeverQuotesTheKey() {
        assertThat(DkimSigning.of(new MailSettings.Dkim("", "", "", ""))).isNull();
        assertThatThrownBy(() -> DkimSigning.of(new MailSettings.Dkim("gidi.example.org", "", privatePem, "")))
                .hasMessageContaining("dongtai.mail.dkim.selector is not set");
        String secretLooking = "-----BEGIN PRIVATE KEY-----\nTk9UQUtFWXNlY3JldA==\n-----END PRIVATE KEY-----\n";
        assertThatThrownBy(() -> DkimSigning.of(new MailSettings.Dkim("gidi.example.org", "s1", secretLooking, "")))
                .hasMessageContaining("not an RSA private key in PKCS#8 PEM")
                .hasMessageNotContaining("Tk9UQUtFWXNlY3JldA");
        assertThatThrownBy(() -> DkimSigning.of(new MailSettings.Dkim("gidi.example.org", "s1", "", dir.resolve("none.pem").toString())))
                .hasMessageContaining("cannot read the DKIM private key file").hasMessageContaining("none.pem");
        assertThat(new MailSettings.Dkim("d", "s", privatePem, "").toString()).doesNotContain("PRIVATE KEY").contains("(set)");
    }

    /**
     * Each message's signature is made from its own head and the issue's canonical end, made once: the same
     * DKIM-Signature, byte for byte (RSA PKCS#1 v1.5 signatures are deterministic), as jDKIM reading the whole
     * message, for heads that end in empty and blank lines, lines with trailing and repeated white space, a second
     * issue after the first (the cached end is the issue's own), and messages that cannot be cut (signed whole).
     */
    @Test
    void eachMessagesSignatureIsTheOneJdkimMakesFromTheWholeMessage() throws Exception {
        DkimSigning dkim = DkimSigning.of(new MailSettings.Dkim("gidi.example.org", "s1", privatePem, ""));
        Random random = new Random(11);
        String headers = "From: =?UTF-8?B?5aSn5pWw5o2u?= <news@gidi.example.org>\r\nTo: reader@example.org\r\n"
                + "Subject: test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n";
        String[] bodies = {
            "--b1\r\nContent-Type: text/plain\r\n\r\n读者，您好！\r\n--b1\r\nContent-Type: application/pdf\r\n\r\n",
            "--b1\r\n\r\ntrailing spaces   \r\n\t tabs\tand  runs \r\n\r\n\r\n",
            "--b1\r\n\r\nblank lines that are only white space follow\r\n   \r\n\t\r\n",
            "",
        };
        for (int issue = 0; issue < 2; issue++) {
            byte[] pdf = base64Lines(random, 20_000 + issue);
            byte[] tail = ("\r\n--b1--\r\n" + (issue == 1 ? "\r\n\r\n" : "")).getBytes(StandardCharsets.US_ASCII);
            for (String body : bodies) {
                byte[] head = (headers + body).getBytes(StandardCharsets.UTF_8);
                assertThat(new String(dkim.signatureHeader(head, pdf, tail), StandardCharsets.US_ASCII))
                        .as("issue %d, body %s", issue, body)
                        .isEqualTo(new String(dkim.signatureHeaderWhole(head, pdf, tail), StandardCharsets.US_ASCII));
            }
        }
        // Cannot be cut at a line with content: an attachment that starts with white space, a head mid-line.
        byte[] head = (headers + bodies[0]).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--b1--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] indented = ("  " + new String(base64Lines(random, 500), StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        assertThat(dkim.signatureHeader(head, indented, tail)).isEqualTo(dkim.signatureHeaderWhole(head, indented, tail));
        byte[] midLine = java.util.Arrays.copyOf(head, head.length - 2);
        byte[] pdf = base64Lines(random, 500);
        assertThat(dkim.signatureHeader(midLine, pdf, tail)).isEqualTo(dkim.signatureHeaderWhole(midLine, pdf, tail));
    }

    private static byte[] base64Lines(Random random, int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return (Base64.getMimeEncoder().encodeToString(data) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
