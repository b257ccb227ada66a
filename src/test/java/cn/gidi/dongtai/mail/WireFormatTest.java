package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bytes dongtai writes as SMTP DATA ({@link PreparedIssue#wire}): CRLF lines, dot-stuffed, with the
 * shared encoded PDF spliced in. Un-stuffed as a server does and parsed by Jakarta Mail's parser, they are
 * the message Jakarta Mail itself would have sent: same headers, same texts, the PDF byte for byte.
 */
class WireFormatTest {

    @Test
    void theWireBytesAreTheSameMessageWithDotsStuffedAndThePdfIntact() throws Exception {
        byte[] pdf = new byte[100_003];
        new Random(7).nextBytes(pdf);
        // ASCII text goes out as 7bit, line for line: lines that begin with dots must be stuffed.
        String text = ".a line that begins with a dot\n{{name}}, hello\n..two dots\n.\nunsubscribe: {{unsubscribe_url}}\n";
        PreparedIssue issue = new PreparedIssue("2024-20", "subject", "<p>.{{name}}</p>", text, pdf, "issue.pdf",
                MailSettings.of(Map.of()), new UnsubscribeTokens("wire-test-unsubscribe-key-0123"));
        Session session = Session.getInstance(new Properties());

        PreparedIssue.Wire wire = issue.wire(session, "reader@example.org", "Reader", "dongtai", "<id-1@gidi.example.org>");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        wire.writeTo(data);
        byte[] bytes = data.toByteArray();
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1);

        assertThat(ascii).endsWith("\r\n").doesNotContain("\r\n.\r\n");
        assertThat(ascii.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ascii).contains("\r\n..a line that begins with a dot\r\n", "\r\n...two dots\r\n", "\r\n..\r\n");
        assertThat(wire.pdf()).isSameAs(issue.wire(session, "other@example.org", "Other", "dongtai", "<id-2@x>").pdf());
        assertThat(wire.size()).isEqualTo(bytes.length);

        MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(unstuff(bytes)));
        assertThat(parsed.getMessageID()).isEqualTo("<id-1@gidi.example.org>");
        assertThat(parsed.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Multipart mixed = (Multipart) parsed.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat((String) alternative.getBodyPart(0).getContent())
                .startsWith(".a line that begins with a dot\r\nReader, hello\r\n..two dots\r\n.\r\nunsubscribe: https://");
        Part attachment = mixed.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("issue.pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);

        // what a TLS connection hands Jakarta Mail is the same message before stuffing
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        wire.writeMessageTo(message);
        assertThat(message.toByteArray()).isEqualTo(unstuff(bytes));

        // the same message as Jakarta Mail builds it itself (the preview's), but for the MIME boundaries and date
        MimeMessage jakarta = issue.message(session, "reader@example.org", "Reader", "dongtai", "<id-1@gidi.example.org>");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        jakarta.writeTo(whole);
        assertThat(normalise(new String(unstuff(bytes), StandardCharsets.ISO_8859_1)))
                .isEqualTo(normalise(whole.toString(StandardCharsets.ISO_8859_1)));
    }

    /**
     * Each message is filled into the issue's template (PreparedIssue.Template) instead of being built by Jakarta Mail:
     * for texts that go out 7bit, quoted-printable and base64, names that are ASCII, Chinese, long, blank or
     * need quoting, the bytes are those of Jakarta Mail's own message but for the boundary and the date.
     */
    @Test
    void theTemplateGivesTheMessageJakartaMailBuildsForEverySubscriber() throws Exception {
        byte[] pdf = new byte[10_001];
        new Random(11).nextBytes(pdf);
        String chinese = "尊敬的{{name}}：\n您好！本期要目\n" + "数字经济".repeat(400) + "\n退订：{{unsubscribe_url}}\n";
        String mostlyAscii = "<p>Dear {{name}},</p>\n<p>" + "policy news ".repeat(300) + "数据</p>\n"
                + "<a href=\"{{unsubscribe_url}}\">unsubscribe</a> {{name}}";
        String ascii = ".dot\n{{name}}\n" + "x".repeat(1200) + "\n{{unsubscribe_url}}";
        String[][] texts = {{chinese, mostlyAscii}, {mostlyAscii, chinese}, {ascii, "<p>.{{name}}</p>"},
                {".a\r\n{{name}}\r\n", "{{unsubscribe_url}}"},
                // quoted-printable with lines that begin with a dot: after a line break and after a soft break
                {mostlyAscii + "\n.dot line\n" + "y".repeat(75) + ".z\n", chinese}};
        String[] names = {"Reader", "读者1", "", null, "O'Brien, \"Pat\" <x>", "很长的名字".repeat(30), "a.b"};
        Session session = Session.getInstance(new Properties());
        for (String[] t : texts) {
            java.util.Set<String> boundaries = new java.util.HashSet<>();
            PreparedIssue issue = new PreparedIssue("2024-20", "主题 subject", t[1], t[0], pdf, "大数据发展动态.pdf",
                    MailSettings.of(Map.of("reply-to", "editor@gidi.example.org")),
                    new UnsubscribeTokens("wire-test-unsubscribe-key-0123"));
            for (String name : names) {
                String id = "<dongtai.2024-20." + name + "@gidi.example.org>".replace(" ", "");
                id = id.chars().allMatch(c -> c > 32 && c < 127) ? id : "<dongtai.2024-20.x@gidi.example.org>";
                PreparedIssue.Wire filled = issue.wire(session, "reader@example.org", name, "dongtai", id);
                PreparedIssue.Wire built = issue.jakartaWire(session, "reader@example.org", name, "dongtai", id);
                ByteArrayOutputStream a = new ByteArrayOutputStream();
                filled.writeTo(a);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                built.writeTo(b);
                assertThat(normalise(a.toString(StandardCharsets.ISO_8859_1)))
                        .as("name %s", name).isEqualTo(normalise(b.toString(StandardCharsets.ISO_8859_1)));
                ByteArrayOutputStream m = new ByteArrayOutputStream();
                filled.writeMessageTo(m);
                assertThat(m.toByteArray()).isEqualTo(unstuff(a.toByteArray()));
                java.util.regex.Matcher boundary = java.util.regex.Pattern.compile("----=_Part_[0-9_.]+")
                        .matcher(a.toString(StandardCharsets.ISO_8859_1));
                assertThat(boundary.find()).isTrue();
                boundaries.add(boundary.group());
            }
            assertThat(boundaries).as("one template per issue, filled for each subscriber").hasSize(1);
        }
    }

    @Test
    void quotedPrintableIsWrittenAsJakartaMailsEncoderWritesIt() throws Exception {
        Random random = new Random(5);
        String alphabet = "ab =.\t\r\n数据é\u0001~";
        for (int round = 0; round < 2000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(round < 1000 ? 40 : 400);
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            byte[] in = s.toString().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            java.io.OutputStream qp = jakarta.mail.internet.MimeUtility.encode(expected, "quoted-printable");
            qp.write(in);
            qp.flush();
            assertThat(new String(Template.quotedPrintable(in), StandardCharsets.ISO_8859_1)).as("%s", s)
                    .isEqualTo(expected.toString(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void dotStuffingDoublesTheDotThatBeginsALineOnlyAndEveryLineEndsInCrlf() {
        byte[] in = ".a\r\nb.c\n.\r..\r\nd".getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(PreparedIssue.dotStuff(in, true), StandardCharsets.US_ASCII))
                .isEqualTo("..a\r\nb.c\r\n..\r\n...\r\nd");
        assertThat(new String(PreparedIssue.dotStuff(".x".getBytes(StandardCharsets.US_ASCII), false),
                StandardCharsets.US_ASCII)).isEqualTo(".x");
    }

    /** What an SMTP server does to DATA lines (RFC 5321 4.5.2). */
    private static byte[] unstuff(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        boolean lineStart = true;
        for (byte c : b) {
            if (!(lineStart && c == '.')) {
                out.write(c);
            }
            lineStart = c == '\n';
        }
        return out.toByteArray();
    }

    private static String normalise(String message) {
        return message.replaceAll("\r?\n", "\r\n").replaceAll("----=_Part_[0-9_.]+", "BOUNDARY")
                .replaceAll("(?m)^Date: .*$", "Date: X");
    }
}
