package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a subscriber receives (read back from a real SMTP server), unsubscribing, and resending after a crash. */
class DeliveredMessageTest {

    @TempDir
    Path dir;

    private GreenMail smtp;
    private MailFixture app;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailFixture.renderIssue(dir);
        app = MailFixture.start(dir, port);
        SubscriberStore store = app.bean(SubscriberStore.class);
        store.add(new Subscriber("li.na@example.org", "李<娜>", "促进会"), "dongtai");
        store.add(new Subscriber("wang@example.org", "", ""), "dongtai");
        store.add(new Subscriber("zhao@example.org", "赵六", "某院"), "dongtai");
    }

    @AfterEach
    void stop() {
        app.close();
        smtp.stop();
    }

    @Test
    void eachMessageIsPersonalCarriesUnsubscribeHeadersAndThePdfUnderItsChineseName() throws Exception {
        SendReport report = app.bean(MailDelivery.class).send(MailFixture.ISSUE, "dongtai", null);
        assertThat(report.sent()).isEqualTo(3);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            InternetAddress from = (InternetAddress) m.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("dongtai@gidi.example.org");
            assertThat(from.getPersonal()).isEqualTo("大数据发展动态");
            assertThat(((InternetAddress) m.getReplyTo()[0]).getAddress()).isEqualTo("editors@gidi.example.org");
            ids.add(m.getMessageID());
            assertThat(m.getMessageID()).isEqualTo(ledgerMessageId(to));
            String listUnsubscribe = m.getHeader("List-Unsubscribe", null);
            assertThat(listUnsubscribe).startsWith("<mailto:unsubscribe@gidi.example.org?subject=unsubscribe%20")
                    .contains("<https://dongtai.gidi.example.org/unsubscribe/");
            assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            String token = token(listUnsubscribe);
            assertThat(app.bean(UnsubscribeService.class).check(token))
                    .hasValue(new UnsubscribeService.Unsubscription(to, "dongtai", true));

            Part text = find((Multipart) m.getContent(), "text/plain");
            Part html = find((Multipart) m.getContent(), "text/html");
            Part pdf = attachment((Multipart) m.getContent());
            assertThat((String) text.getContent()).contains("退订：https://dongtai.gidi.example.org/unsubscribe/" + token);
            assertThat((String) html.getContent()).contains("href=\"https://dongtai.gidi.example.org/unsubscribe/" + token + "\"");
            if (to.equals("li.na@example.org")) {
                assertThat((String) text.getContent()).startsWith("李<娜>，您好！");
                assertThat((String) html.getContent()).contains("李&lt;娜&gt;，您好！").doesNotContain("李<娜>");
            } else if (to.equals("wang@example.org")) {
                assertThat((String) text.getContent()).startsWith(PreparedIssue.NO_NAME + "，您好！");
            }
            assertThat(pdf.getFileName()).isEqualTo("大数据发展动态2024年第20期.pdf");
            assertThat(pdf.getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            m.writeTo(raw);
            assertThat(raw.toString(StandardCharsets.US_ASCII)).contains("filename*=UTF-8''%E5%A4%A7%E6%95%B0");
        }
        assertThat(ids).hasSize(3);
    }

    @Test
    void oneClickUnsubscribeTakesTheSubscriberOffTheNextSendAndForgedTokensAreRefused() throws Exception {
        MailDelivery delivery = app.bean(MailDelivery.class);
        delivery.send(MailFixture.ISSUE, "dongtai", null);
        MimeMessage toZhao = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> m.toString() != null && address(m).equals("zhao@example.org")).findFirst().orElseThrow();
        String token = token(toZhao.getHeader("List-Unsubscribe", null));
        UnsubscribeService unsubscribe = app.bean(UnsubscribeService.class);

        String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThat(unsubscribe.unsubscribe(forged)).isEmpty();
        String otherAddress = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("li.na@example.org\ndongtai".getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        assertThat(unsubscribe.unsubscribe(otherAddress)).isEmpty();
        assertThat(unsubscribe.unsubscribe(token)).hasValue(new UnsubscribeService.Unsubscription("zhao@example.org", "dongtai", true));
        assertThat(unsubscribe.unsubscribe(token)).hasValue(new UnsubscribeService.Unsubscription("zhao@example.org", "dongtai", false));

        MailFixture.renderIssue(dir, "2024-21", LocalDate.of(2024, 6, 10), 21, 184);
        SendReport next = delivery.send("2024-21", "dongtai", null);
        assertThat(next.sent()).isEqualTo(2);
        List<String> secondIssue = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains("第21期")) {
                secondIssue.add(address(m));
            }
        }
        assertThat(secondIssue).containsExactlyInAnyOrder("li.na@example.org", "wang@example.org");
    }

    @Test
    void aMessageInFlightWhenTheSenderDiedIsSentAgainWithTheSameMessageIdAndReported() throws Exception {
        MailDelivery delivery = app.bean(MailDelivery.class);
        delivery.send(MailFixture.ISSUE, "dongtai", null);
        String id = ledgerMessageId("wang@example.org");
        // As a killed process leaves it: claimed, handed to SMTP, never confirmed.
        jdbc().update("UPDATE DONGTAI_MAIL_LEDGER SET STATUS = 'SENDING', SENDER = ? WHERE EMAIL = ?",
                "999999999@" + Ledger.SELF.substring(Ledger.SELF.indexOf('@') + 1), "wang@example.org");

        SendReport again = delivery.send(MailFixture.ISSUE, "dongtai", null);

        assertThat(again.sent()).isEqualTo(3);
        assertThat(again.possibleDuplicates()).containsExactly("wang@example.org");
        assertThat(again.summary()).contains("1 possibly received twice");
        List<String> idsToWang = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (address(m).equals("wang@example.org")) {
                idsToWang.add(m.getMessageID());
            }
        }
        assertThat(idsToWang).containsExactly(id, id);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void deliveriesRecordedByTheOlderDeliveryLogAreNotMailedAgain() {
        jdbc().update("INSERT INTO DONGTAI_DELIVERY (ISSUE_ID, EMAIL, STATUS, MESSAGE_ID, DETAIL, UPDATED_AT) "
                + "VALUES (?, ?, 'SENT', '<old@id>', NULL, CURRENT_TIMESTAMP)", MailFixture.ISSUE, "li.na@example.org");
        SendReport r = app.bean(MailDelivery.class).send(MailFixture.ISSUE, "dongtai", null);
        assertThat(r.sent()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(List.of(smtp.getReceivedMessages()).stream().map(DeliveredMessageTest::address))
                .containsExactlyInAnyOrder("wang@example.org", "zhao@example.org");
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(app.bean(javax.sql.DataSource.class));
    }

    private String ledgerMessageId(String email) {
        return jdbc().queryForObject("SELECT MESSAGE_ID FROM DONGTAI_MAIL_LEDGER WHERE EMAIL = ?", String.class, email);
    }

    private static String address(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String listUnsubscribe) {
        Matcher matcher = Pattern.compile("/unsubscribe/([A-Za-z0-9_.-]+)>").matcher(listUnsubscribe);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static Part find(Multipart mp, String type) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            Part p = mp.getBodyPart(i);
            if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p;
            }
            if (p.getContent() instanceof Multipart inner) {
                Part found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Part attachment(Multipart mp) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            Part p = mp.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p;
            }
        }
        return Optional.<Part>empty().orElse(null);
    }
}
