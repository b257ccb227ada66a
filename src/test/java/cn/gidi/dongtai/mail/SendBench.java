package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.cli.CommandLineEntry;
import cn.gidi.dongtai.preview.LoopbackServer;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench send} (run by {@code bench/send.sh}; test code, not in the production jar): the demo issue
 * mailed by a real {@code send} process (JVM start included) to N subscribers into Postfix's
 * {@code smtp-sink} on loopback, against Postfix's {@code smtp-source} sending N messages of the same
 * size with as many sessions into the same sink. Prints messages/s of both, their ratio (goal ≥ 0.8),
 * and the send process's peak memory (RSS) at 1,000 and at N subscribers.
 * Arguments: [messages (10000)] [connections (4)].
 */
public final class SendBench {

    private SendBench() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path work = Path.of("target/bench/send").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        String cp = System.getProperty("java.class.path");

        // The demo issue, made by the real pipeline from the bundled sample pages.
        Path issueRoot = work.resolve("issue");
        try (LoopbackServer site = new LoopbackServer("127.0.0.1", 0).files("/", TestFiles.DEMO_SITE).start()) {
            int exit = CommandLineEntry.run(DongtaiApplication.class, withPaths(issueRoot, issueRoot.resolve("db/dongtai"),
                    "generate", "--week", "2024-06-03", "--sources", "content/demo/sources.yaml", "--base", site.baseUrl(),
                    "--dongtai.crawl.per-host-delay=10ms"));
            if (exit != 0) {
                throw new IllegalStateException("generate of the demo issue failed (exit " + exit + ")");
            }
            // Only an approved issue is mailed.
            if (CommandLineEntry.run(DongtaiApplication.class, withPaths(issueRoot, issueRoot.resolve("db/dongtai"),
                    "approve", "--issue", "2024-20", "--by", "bench")) != 0) {
                throw new IllegalStateException("approve of the demo issue failed");
            }
        }
        int size = messageSize(issueRoot);
        int port = freePort();
        Process sink = new ProcessBuilder("smtp-sink", "-u", "nobody", "127.0.0.1:" + port, "256")
                .redirectErrorStream(true).redirectOutput(work.resolve("smtp-sink.log").toFile()).start();
        try {
            Thread.sleep(500); // let the sink bind its port (a start-up wait, not a measurement)
            long t0 = System.nanoTime();
            Process source = new ProcessBuilder("smtp-source", "-s", String.valueOf(connections), "-l", String.valueOf(size),
                    "-m", String.valueOf(messages), "-f", "dongtai@gidi.example.org", "-t", "reader@example.org",
                    "127.0.0.1:" + port).redirectErrorStream(true).redirectOutput(work.resolve("smtp-source.log").toFile())
                    .start();
            if (!source.waitFor(30, TimeUnit.MINUTES) || source.exitValue() != 0) {
                throw new IllegalStateException("smtp-source failed; see " + work.resolve("smtp-source.log"));
            }
            double sourceSeconds = (System.nanoTime() - t0) / 1e9;

            List<int[]> counts = new ArrayList<>();
            double sendSeconds = 0;
            long[] peakKb = new long[2];
            int[] ns = messages > 1000 ? new int[] {1000, messages} : new int[] {messages};
            for (int k = 0; k < ns.length; k++) {
                int n = ns[k];
                Path db = work.resolve("db-" + n + "/dongtai");
                Path csv = work.resolve("subscribers-" + n + ".csv");
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
                    w.println("邮箱,姓名,单位");
                    for (int i = 0; i < n; i++) {
                        w.printf("reader%05d@example.org,读者%d,某单位%d%n", i, i, i % 97);
                    }
                }
                if (CommandLineEntry.run(DongtaiApplication.class, withPaths(issueRoot, db, "subscribers", "import",
                        csv.toString())) != 0) {
                    throw new IllegalStateException("import of " + csv + " failed");
                }
                Path timeLog = work.resolve("send-" + n + ".time");
                List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %e", "-o", timeLog.toString(),
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
                // Extra JVM options for the send process (e.g. -Dbench.jvm=-XX:StartFlightRecording=... to profile it).
                String jvm = System.getProperty("bench.jvm", "").trim();
                if (!jvm.isEmpty()) {
                    cmd.addAll(List.of(jvm.split("\\s+")));
                }
                cmd.addAll(List.of("-cp", cp, "cn.gidi.dongtai.DongtaiApplication"));
                cmd.addAll(List.of(withPaths(issueRoot, db, "send", "--issue", "2024-20",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                        "--dongtai.mail.connections=" + connections)));
                long s0 = System.nanoTime();
                Process send = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(work.resolve("send-" + n + ".log").toFile()).directory(new File(".")).start();
                if (!send.waitFor(60, TimeUnit.MINUTES) || send.exitValue() != 0) {
                    throw new IllegalStateException("send failed; see " + work.resolve("send-" + n + ".log"));
                }
                double seconds = (System.nanoTime() - s0) / 1e9;
                String[] t = Files.readString(timeLog).trim().split("\\s+");
                peakKb[k] = Long.parseLong(t[t.length - 2]);
                if (n == messages) {
                    sendSeconds = seconds;
                }
                System.out.printf(Locale.ROOT, "dongtai send      %,6d subscribers: %7.1f s  %6.1f msg/s  peak RSS %,d MB%n",
                        n, seconds, n / seconds, peakKb[k] / 1024);
            }
            double sourceRate = messages / sourceSeconds;
            double sendRate = messages / sendSeconds;
            System.out.printf(Locale.ROOT, "smtp-source       %,6d messages:    %7.1f s  %6.1f msg/s  (%d sessions, %,d bytes each)%n",
                    messages, sourceSeconds, sourceRate, connections, size);
            System.out.printf(Locale.ROOT, "ratio dongtai/smtp-source: %.2f (goal >= 0.80)%n", sendRate / sourceRate);
            if (ns.length == 2) {
                System.out.printf(Locale.ROOT, "peak memory: %,d MB at 1,000 subscribers, %,d MB at %,d (x%.2f; goal: flat)%n",
                        peakKb[0] / 1024, peakKb[1] / 1024, messages, (double) peakKb[1] / peakKb[0]);
            }
        } finally {
            sink.destroy();
        }
    }

    private static String[] withPaths(Path root, Path db, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--dongtai.paths.output=" + root.resolve("output"), "--dongtai.paths.issues=" + root.resolve("issues"),
                "--dongtai.paths.subscribers=" + root.resolve("no-subscribers.csv"),
                "--spring.datasource.url=jdbc:h2:file:" + db, "--dongtai.mail.unsubscribe-secret=bench-unsubscribe-key-0123456789"));
        return all.toArray(String[]::new);
    }

    /** Bytes of one message as sent (the sink's messages are made this size for smtp-source). */
    private static int messageSize(Path root) throws IOException {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(DongtaiApplication.class)
                .web(WebApplicationType.NONE).run(withPaths(root, root.resolve("db/dongtai")))) {
            MimeMessage m = ctx.getBean(IssueMailer.class).compose("2024-20", new Subscriber("reader00001@example.org", "读者1", ""));
            int[] count = {0};
            m.writeTo(new OutputStream() {
                @Override
                public void write(int b) {
                    count[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    count[0] += len;
                }
            });
            return count[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var walk = Files.walk(p)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
