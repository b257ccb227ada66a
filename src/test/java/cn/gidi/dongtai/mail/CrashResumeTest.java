package cn.gidi.dongtai.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code send} process (the CLI in its own JVM) is killed with SIGKILL at random moments while
 * it sends, and started again each time. Nobody may be lost; a subscriber may get a second copy only if
 * their message was in flight at a kill, and each such subscriber must be reported. The suite runs a
 * small version; {@code bench/crash.sh} runs the full one (2,000 subscribers, ten kills):
 * {@code -Dcrash.subscribers=2000 -Dcrash.kills=10 -Dcrash.seed=N}.
 */
class CrashResumeTest {

    @TempDir
    Path dir;

    @Test
    void killedSendsLoseNobodyAndDuplicateOnlyWhatWasInFlightAndReportIt() throws Exception {
        int subscribers = Integer.getInteger("crash.subscribers", 120);
        int kills = Integer.getInteger("crash.kills", 3);
        long seed = Long.getLong("crash.seed", 20241201L);
        int connections = 4;
        Random random = new Random(seed);

        MailFixture.renderIssue(dir);
        try (HostileSmtpServer smtp = new HostileSmtpServer()) {
            try (MailFixture app = MailFixture.start(dir, smtp.port())) {
                app.subscribe(subscribers, i -> false);
            }
            // Kill points: message counts at the server, spread over the send.
            List<Integer> killAt = new ArrayList<>();
            int step = Math.max(2, subscribers / (kills + 1));
            for (int k = 1; k <= kills; k++) {
                killAt.add(Math.min(subscribers - 1, (k - 1) * step + 1 + random.nextInt(step)));
            }
            AtomicReference<Process> running = new AtomicReference<>();
            int[] nextKill = {0};
            smtp.onAccepted(n -> {
                if (nextKill[0] < killAt.size() && n >= killAt.get(nextKill[0])) {
                    nextKill[0]++;
                    Process p = running.get();
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
                    try {
                        p.waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });

            List<Integer> inFlightAtKill = new ArrayList<>();
            int runs = 0;
            int lastExit;
            String lastOut;
            while (true) {
                runs++;
                int killsBefore = nextKill[0];
                Process p = send(smtp.port(), connections);
                running.set(p);
                boolean ended = p.waitFor(10, TimeUnit.MINUTES);
                assertThat(ended).as("send run " + runs + " ended").isTrue();
                lastExit = p.exitValue();
                lastOut = Files.readString(dir.resolve("send-" + runs + ".log"));
                if (nextKill[0] > killsBefore) {
                    int inFlight = countSending();
                    inFlightAtKill.add(inFlight);
                    assertThat(inFlight).as("messages in flight at kill " + nextKill[0]).isLessThanOrEqualTo(connections);
                    continue;
                }
                break;
            }
            assertThat(lastExit).as(lastOut).isZero();
            assertThat(inFlightAtKill).hasSize(kills);

            Map<String, Long> copies = smtp.copiesPerRecipient();
            Set<String> flagged = possibleDuplicates();
            long duplicates = copies.values().stream().mapToLong(c -> c - 1).sum();
            int inFlightTotal = inFlightAtKill.stream().mapToInt(Integer::intValue).sum();
            System.out.printf("crash test: %d subscribers, %d kills, in flight at each kill %s, %d duplicate(s), "
                    + "%d reported as possible duplicates, %d lost%n", subscribers, kills, inFlightAtKill, duplicates,
                    flagged.size(), subscribers - copies.size());
            assertThat(copies).as("lost subscribers").hasSize(subscribers);
            assertThat(duplicates).isLessThanOrEqualTo(inFlightTotal);
            Set<String> duplicated = new HashSet<>();
            copies.forEach((r, c) -> {
                if (c > 1) {
                    duplicated.add(r);
                }
            });
            assertThat(flagged).containsAll(duplicated);
            // a second copy carries the first one's Message-ID
            for (String r : duplicated) {
                assertThat(smtp.received().stream().filter(x -> x.recipient().equals(r))
                        .map(HostileSmtpServer.Received::messageId).distinct()).hasSize(1);
            }
            assertThat(lastOut).contains(subscribers + " of " + subscribers + " sent");
            if (!duplicated.isEmpty()) {
                assertThat(lastOut).contains("possibly received twice");
            }
        }
    }

    private Process send(int port, int connections) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, "cn.gidi.dongtai.DongtaiApplication", "send", "--issue", MailFixture.ISSUE,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/dongtai").toAbsolutePath(),
                "--dongtai.paths.output=" + dir.resolve("output"),
                "--dongtai.paths.issues=" + dir.resolve("issues"),
                "--dongtai.paths.subscribers=" + dir.resolve("subscribers.csv"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--dongtai.mail.connections=" + connections,
                "--dongtai.mail.unsubscribe-secret=" + MailFixture.SECRET));
        int run = (int) Files.list(dir).filter(f -> f.getFileName().toString().startsWith("send-")).count() + 1;
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("send-" + run + ".log").toFile()).directory(new File(".")).start();
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/dongtai").toAbsolutePath(), "sa", "");
    }

    private int countSending() throws Exception {
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DONGTAI_MAIL_LEDGER WHERE STATUS = 'SENDING'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Set<String> possibleDuplicates() throws Exception {
        Set<String> flagged = new HashSet<>();
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EMAIL FROM DONGTAI_MAIL_LEDGER WHERE POSSIBLE_DUPLICATE")) {
            while (rs.next()) {
                flagged.add(rs.getString(1));
            }
        }
        return flagged;
    }
}
