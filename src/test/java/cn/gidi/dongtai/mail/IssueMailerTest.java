package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import cn.gidi.dongtai.issue.IssueStatus;
import cn.gidi.dongtai.render.IssueRenderer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Real SMTP (GreenMail on loopback), a real H2 database, a really rendered issue. */
class IssueMailerTest {

    @TempDir
    Path out;

    private int port;
    private GreenMail smtp;
    private IssueMailer mailer;
    private DeliveryLog log;
    private final List<Subscriber> subscribers = List.of(
            new Subscriber("a@example.org", "甲", "某局"),
            new Subscriber("b@example.org", "", ""),
            new Subscriber("c@example.org", "丙", "某院"));

    @BeforeEach
    void setUp() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:mailer" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("dongtai-schema.sql")).execute(ds);
        log = new DeliveryLog(new JdbcTemplate(ds));
        IssueRenderer renderer = cn.gidi.dongtai.TestFiles.renderer(out);
        renderer.render(new Issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183, LocalDate.of(2024, 5, 28),
                LocalDate.of(2024, 6, 3), IssueStatus.DRAFT, Instant.now(), List.of(new IssueItem("item-01", Section.POLICY,
                "关于推进数据要素市场化配置的意见", "国家数据局", "https://www.nda.gov.cn/a.html", LocalDate.of(2024, 5, 30),
                null, "<p>推进数据要素市场化配置改革。</p>", "测试"))));
        mailer = new IssueMailer(sender(port), log, renderer,
                new DongtaiProperties.Mail("brief@example.org", "大数据发展动态", Duration.ZERO));
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
        return sender;
    }

    @Test
    void mailsEverySubscriberOnceWithThePdfAttached() throws Exception {
        SendReport report = mailer.send("2024-20", subscribers, false);
        assertThat(report.sent()).isEqualTo(3);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        List<String> to = new ArrayList<>();
        for (MimeMessage m : received) {
            to.add(m.getAllRecipients()[0].toString());
            assertThat(m.getSubject()).isEqualTo("《大数据发展动态》2024年6月3日 第20期（总第183期）");
            Part pdf = attachment((Multipart) m.getContent());
            assertThat(pdf).isNotNull();
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            assertThat(pdf.getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes());
        }
        assertThat(String.join(",", to)).contains("a@example.org", "b@example.org", "c@example.org");
    }

    @Test
    void sendingAgainMailsNobodyTwiceAndSaysSo() {
        mailer.send("2024-20", subscribers, false);
        SendReport again = mailer.send("2024-20", subscribers, false);
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(3);
        assertThat(again.summary()).contains("already had it");
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        List<Subscriber> grown = new ArrayList<>(subscribers);
        grown.add(new Subscriber("d@example.org", "丁", ""));
        assertThat(mailer.send("2024-20", grown, false).sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aDryRunSendsAndRecordsNothing() {
        SendReport dry = mailer.send("2024-20", subscribers, true);
        assertThat(dry.sent()).isEqualTo(3);
        assertThat(dry.summary()).startsWith("dry run");
        assertThat(dry.wouldMail()).containsExactly("甲 <a@example.org>", "b@example.org", "丙 <c@example.org>");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(log.statuses("2024-20")).isEmpty();
    }

    @Test
    void anUnreachableServerStopsTheSendLosesNothingAndARetryDeliversOnce() {
        smtp.stop();
        assertThatThrownBy(() -> mailer.send("2024-20", subscribers, false))
                .isInstanceOf(MailServerException.class)
                .hasMessageContaining("cannot reach the SMTP server")
                .hasMessageContaining("nobody is mailed twice");
        assertThat(log.statuses("2024-20")).containsValue(DeliveryLog.Status.FAILED)
                .doesNotContainValue(DeliveryLog.Status.SENT);

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(mailer.send("2024-20", subscribers, false).sent()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void anIssueThatWasNeverRenderedIsAClearError() {
        assertThatThrownBy(() -> mailer.send("2024-99", subscribers, false))
                .hasMessageContaining("has not been rendered").hasMessageContaining("render --issue 2024-99");
    }

    private static Part attachment(Multipart mp) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            Part p = mp.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p;
            }
            if (p.getContent() instanceof Multipart inner) {
                Part found = attachment(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
