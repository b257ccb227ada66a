package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS before credentials, stopping after failures in a row and resuming, pacing: on loopback, on the test's clock. */
class SmtpBehaviourTest {

    @TempDir
    Path dir;

    @Test
    void credentialsAreNeverSentWithoutTls() throws Exception {
        MailFixture.renderIssue(dir);
        try (HostileSmtpServer smtp = new HostileSmtpServer().offerAuth();
             MailFixture app = MailFixture.start(dir, smtp.port(), "--spring.mail.username=brief",
                     "--spring.mail.password=s3cret-Pa55")) {
            app.subscribe(3, i -> false);
            SendReport r = app.bean(MailDelivery.class).send(MailFixture.ISSUE, "dongtai", null);
            assertThat(r.stopped()).contains("STARTTLS").doesNotContain("s3cret-Pa55");
            assertThat(r.sent()).isZero();
            assertThat(smtp.verbs()).contains("EHLO").doesNotContain("AUTH", "MAIL");
            assertThat(smtp.received()).isEmpty();
        }
    }

    @Test
    void aServerThatKeepsFailingStopsTheRunWhichResumesFromTheLedgerLater() throws Exception {
        MailFixture.renderIssue(dir);
        try (HostileSmtpServer smtp = new HostileSmtpServer().busyEvery(1);
             MailFixture app = MailFixture.start(dir, smtp.port(), "--dongtai.mail.stop-after-failures=5",
                     "--dongtai.mail.connections=1", "--dongtai.mail.chunk-size=4")) {
            app.subscribe(12, i -> false);
            MailDelivery delivery = app.bean(MailDelivery.class);

            SendReport stopped = delivery.send(MailFixture.ISSUE, "dongtai", null);
            assertThat(stopped.stopped()).contains("stopped after 5 failures in a row").contains("421");
            assertThat(stopped.sent()).isZero();
            assertThat(stopped.failed()).isEmpty();
            assertThat(stopped.deferred().size() + stopped.pending()).isEqualTo(12);

            smtp.busyEvery(0); // the server recovers
            app.clock.sleep(Duration.ofHours(1));
            SendReport resumed = delivery.send(MailFixture.ISSUE, "dongtai", null);
            assertThat(resumed.stopped()).isNull();
            assertThat(resumed.sent()).isEqualTo(12);
            assertThat(smtp.copiesPerRecipient()).hasSize(12).allSatisfy((r, n) -> assertThat(n).isEqualTo(1L));
        }
    }

    @Test
    void aConnectionThatHangsIsAbandonedAndTheMessageGoesOutOnANewOne() throws Exception {
        MailFixture.renderIssue(dir);
        try (HostileSmtpServer smtp = new HostileSmtpServer().stallFirstMail();
             MailFixture app = MailFixture.start(dir, smtp.port(), "--dongtai.mail.connections=1",
                     "--spring.mail.properties.mail.smtp.timeout=1000")) {
            app.subscribe(2, i -> false);
            SendReport r = app.bean(MailDelivery.class).send(MailFixture.ISSUE, "dongtai", null);
            assertThat(r.sent()).isEqualTo(2);
            assertThat(smtp.copiesPerRecipient()).hasSize(2).allSatisfy((a, n) -> assertThat(n).isEqualTo(1L));
            assertThat(smtp.connections()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void pacingKeepsTheRateAndBusyRepliesSlowItDownUntilMessagesAreAcceptedAgain() throws Exception {
        FakeClock clock = new FakeClock();
        Pace pace = new Pace(clock, 10);
        for (int i = 0; i < 11; i++) {
            pace.acquire();
        }
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(1));
        pace.slowDown();
        pace.slowDown();
        assertThat(pace.gap()).isEqualTo(Duration.ofMillis(400));
        for (int i = 0; i < 200; i++) {
            pace.accepted();
        }
        assertThat(pace.gap()).isEqualTo(Duration.ofMillis(100));

        Pace unlimited = new Pace(clock, 0);
        unlimited.slowDown();
        assertThat(unlimited.gap()).isEqualTo(Pace.FIRST_SLOWDOWN);
        for (int i = 0; i < 10; i++) {
            unlimited.slowDown();
        }
        assertThat(unlimited.gap()).isEqualTo(Pace.MAX_GAP);
    }
}
