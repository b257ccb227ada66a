package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.cli.Cli;
import cn.gidi.dongtai.crawl.HostileSite;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schedule's jobs, fired through Quartz's persistent store: generate composes the week's draft; send finds it
 * not approved, mails the editors a reminder and nobody else; once approved, send mails every subscriber.
 */
class ScheduleFiresPipelineTest {

    @TempDir
    Path tmp;

    private GreenMail smtp;
    private int smtpPort;

    @BeforeEach
    void startSmtp() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private Cli.Result run(Path sources, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--dongtai.paths.sources=" + sources, "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.paths.subscribers=content/demo/subscribers.csv",
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--dongtai.schedule.remind=editors@gidi.example.org",
                "--dongtai.mail.unsubscribe-secret=schedule-test-unsubscribe-key",
                "--dongtai.classify.examples=" + tmp.resolve("editor-examples.jsonl"),
                "--dongtai.crawl.per-host-delay=10ms"));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void generateThenASendThatWaitsForApprovalThenSends() throws Exception {
        try (HostileSite site = new HostileSite()) {
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, kind: local, list: '" + site.url("today.html") + "'}\n");
            Cli.Result r = run(sources, "schedule", "--fire-now", "generate");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("generate ran and finished");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            String id;
            try (Stream<Path> drafts = Files.list(tmp.resolve("issues"))) {
                Path draft = drafts.findFirst().orElseThrow().resolve("issue.yaml");
                assertThat(Files.readString(draft)).contains("date: " + today, "state: draft");
                id = draft.getParent().getFileName().toString();
                assertThat(tmp.resolve("output").resolve(id).resolve("issue.pdf")).exists();
            }
            assertThat(site.hits("ok.html")).isEqualTo(1); // the article listed today was crawled

            Cli.Result unapproved = run(sources, "schedule", "--fire-now", "send");
            assertThat(unapproved.exit()).as(unapproved.err()).isZero();
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1); // the reminder, and no issue to any subscriber
            assertThat(Arrays.stream(received[0].getAllRecipients()).map(Object::toString))
                    .containsExactly("editors@gidi.example.org");
            assertThat(received[0].getSubject()).contains("待审定", id);
            assertThat((String) received[0].getContent()).contains("is not approved", "approve --issue " + id);

            assertThat(run(sources, "approve", "--issue", id, "--by", "编辑甲").exit()).isZero();
            Cli.Result approved = run(sources, "schedule", "--fire-now", "send");
            assertThat(approved.exit()).as(approved.err()).isZero();
            assertThat(smtp.getReceivedMessages()).hasSize(1 + 5);
            assertThat(Files.readString(tmp.resolve("issues").resolve(id).resolve("issue.yaml"))).contains("state: sent");

            Cli.Result again = run(sources, "schedule", "--fire-now", "send");
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(smtp.getReceivedMessages()).hasSize(6); // sent already: nobody mailed twice, no reminder
        }
    }

    @Test
    void listPrintsTheNextFireTimesAndShowIsTheSame() {
        // (log lines, such as the one-time import of the old subscriber file, are not part of the table)
        Path sources = tmp.resolve("none.yaml");
        Cli.Result list = run(sources, "schedule", "--list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("generate  generate     0 0 8 ? * MON", "send      send         0 0 15 ? * MON", "CST");
        Cli.Result show = run(sources, "schedule", "--show");
        assertThat(table(show.out())).isEqualTo(table(list.out()));
    }

    private static java.util.List<String> table(String out) {
        return out.lines().filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d .*")).toList();
    }
}
