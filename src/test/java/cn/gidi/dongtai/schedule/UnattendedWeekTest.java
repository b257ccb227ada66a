package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.crawl.HostileSite;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The schedule left running: generate and send were both due while dongtai was down (within the grace period)
 * and run at start-up; the send waits (generate still running, then the issue not approved: the editors are
 * reminded), retries on its own, and once an editor approves, mails each subscriber once. Nobody fires anything.
 */
class UnattendedWeekTest {

    @TempDir
    Path tmp;

    @Test
    void generateThenSendWaitsForApprovalAndSendsWithoutHelp() throws Exception {
        int smtpPort;
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (HostileSite site = new HostileSite()) {
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, kind: local, list: '" + site.url("today.html") + "'}\n");
            String[] args = {
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--dongtai.paths.sources=" + sources,
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.paths.subscribers=content/demo/subscribers.csv",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--dongtai.crawl.per-host-delay=10ms",
                "--dongtai.schedule.remind=editors@gidi.example.org",
                "--dongtai.mail.unsubscribe-secret=unattended-week-test-unsubscribe-key",
                "--dongtai.classify.examples=" + tmp.resolve("editor-examples.jsonl"),
                "--dongtai.schedule.retry-every=1s", "--dongtai.schedule.retry-until=23:59:59"};
            try (ConfigurableApplicationContext first = new SpringApplicationBuilder(DongtaiApplication.class).run(args)) {
                first.getBean(WeeklySchedule.class).install();
            }
            // dongtai was down at both firings, a few seconds ago: generate first, then send
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db/dongtai"), "sa", "");
                 PreparedStatement s = c.prepareStatement("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?")) {
                s.setLong(1, Instant.now().minusSeconds(3).toEpochMilli());
                s.setString(2, "generate");
                s.executeUpdate();
                s.setLong(1, Instant.now().minusSeconds(2).toEpochMilli());
                s.setString(2, "send");
                s.executeUpdate();
            }
            try (ConfigurableApplicationContext running = new SpringApplicationBuilder(DongtaiApplication.class).run(args)) {
                running.getBean(WeeklySchedule.class).install();
                running.getBean(WeeklySchedule.class).start();

                assertThat(smtp.waitForIncomingEmail(180_000, 1)).as("a reminder reached the editors").isTrue();
                MimeMessage reminder = smtp.getReceivedMessages()[0];
                assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("editors@gidi.example.org");
                assertThat(reminder.getSubject()).contains("待审定");

                IssueStore drafts = running.getBean(IssueStore.class);
                String id = drafts.list().get(0).id();
                running.getBean(IssueRenderer.class).render(drafts.get(id));
                running.getBean(Approvals.class).approve(id, "编辑甲"); // the editors' one action

                // Counted from one snapshot of what arrived, and waited for one more than that snapshot: the messages
                // arrive while the test looks, and waiting for more than had arrived when it last counted could wait
                // for a message that never comes.
                List<String> toSubscribers = new ArrayList<>();
                while (true) {
                    MimeMessage[] received = smtp.getReceivedMessages();
                    toSubscribers.clear();
                    for (MimeMessage m : received) {
                        Arrays.stream(m.getAllRecipients()).map(Address::toString)
                                .filter(a -> !a.equals("editors@gidi.example.org")).forEach(toSubscribers::add);
                    }
                    if (toSubscribers.size() >= 5) {
                        break;
                    }
                    assertThat(smtp.waitForIncomingEmail(180_000, received.length + 1))
                            .as("the approved issue reached the subscribers").isTrue();
                }
                assertThat(toSubscribers).hasSize(5).doesNotHaveDuplicates();
                while (!Files.readString(tmp.resolve("issues").resolve(id).resolve("issue.yaml")).contains("state: sent")) {
                    Thread.sleep(20); // the send marks the issue sent right after the last message
                }
                running.getBean(WeeklySchedule.class).stop();
                int total = smtp.getReceivedMessages().length;
                long reminders = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getSubject().contains("待审定");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
                assertThat(total).isEqualTo(5 + reminders);
            }
        } finally {
            smtp.stop();
        }
    }
}
