package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The delivery job against a server that defers every recipient's first attempt (451), refuses some
 * (550), answers 421 to every 11th MAIL FROM and hangs up after every 7th message: every deliverable
 * subscriber gets exactly one copy and every refused one is recorded with the server's reply. Once with
 * PIPELINING offered (MAIL, RCPT and DATA in one write, replies read after) and once without.
 */
class DeliveryFaultTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "pipelining offered: {0}")
    @ValueSource(booleans = {true, false})
    void aHostileServerGetsEveryDeliverableMessageExactlyOnceAndEveryRefusalIsRecorded(boolean pipelining) throws Exception {
        MailFixture.renderIssue(dir);
        HostileSmtpServer server = new HostileSmtpServer();
        if (!pipelining) {
            server.withoutPipelining();
        }
        try (HostileSmtpServer smtp = server.deferFirstAttempt().refuse(a -> a.endsWith("@refuse.test"))
                .busyEvery(11).dropEvery(7);
             MailFixture app = MailFixture.start(dir, smtp.port(), "--dongtai.mail.connections=3",
                     "--dongtai.mail.chunk-size=8")) {
            app.subscribe(60, i -> i % 10 == 3);
            MailDelivery delivery = app.bean(MailDelivery.class);

            SendReport report = delivery.send(MailFixture.ISSUE, "dongtai", null);

            Map<String, Long> copies = smtp.copiesPerRecipient();
            assertThat(copies).hasSize(54);
            assertThat(copies.values()).containsOnly(1L);
            assertThat(copies.keySet()).allMatch(a -> a.endsWith("@example.org"));
            assertThat(report.sent()).isEqualTo(54);
            assertThat(report.failed()).hasSize(6).allSatisfy(f -> {
                assertThat(f.email()).endsWith("@refuse.test");
                assertThat(f.reason()).contains("550").contains("no such user");
            });
            assertThat(report.deferred()).isEmpty();
            assertThat(report.pending()).isZero();
            assertThat(report.stopped()).isNull();
            assertThat(report.possibleDuplicates()).isEmpty();
            // every message carried its own Message-ID
            assertThat(smtp.received().stream().map(HostileSmtpServer.Received::messageId).distinct()).hasSize(54);
            // the greylisting was waited out on the test's clock, not the wall clock
            assertThat(app.clock.slept()).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(30));
            // connections were reused: far fewer than messages, though the server hung up every 7th
            assertThat(smtp.connections()).isLessThan(40);

            SendReport again = delivery.send(MailFixture.ISSUE, "dongtai", null);
            assertThat(again.sent()).isEqualTo(54);
            assertThat(smtp.received()).hasSize(54);
        }
    }
}
