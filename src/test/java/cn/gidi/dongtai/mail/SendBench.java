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
 * Arguments: [messages (10000)] [connections (4)] [pairs at N (1)]: each send is timed right after an
 * smtp-source run of the same count, and the ratio is taken per pair (median over pairs).
 */
public final class SendBench {

    private SendBench() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        // The send process as installed: bin/dongtai (C1, class-data sharing) on the built jar; else the class path.
        boolean jar = Files.exists(Path.of("target/dongtai.jar")) && !Boolean.getBoolean("bench.classpath");
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
            awaitListening(port, sink);
            // Each dongtai send is timed right after smtp-source sends as many messages into the same sink, so that
            // the two of a pair run under the same load (the machine is shared); the ratio is per pair.
            List<Integer> ns = new ArrayList<>();
            if (messages > 1000) {
                ns.add(1000);
            }
            for (int p = 0; p < pairs; p++) {
                ns.add(messages);
            }
            // The anchor: smtp-source with -d, keeping its sessions open across messages as dongtai does. Its defaults
            // (a new connection per message) are timed too unless -Dbench.sourceDefaults=false.
            boolean defaults = !"false".equals(System.getProperty("bench.sourceDefaults"));
            List<Double> ratios = new ArrayList<>();
            List<Double> ratiosDefaults = new ArrayList<>();
            long[] peakKb = new long[ns.size()];
            for (int k = 0; k < ns.size(); k++) {
                int n = ns.get(k);
                double[] kept = source(work, k + "-d", port, connections, size, n, true);
                double[] fresh = defaults ? source(work, String.valueOf(k), port, connections, size, n, false) : null;

                Path db = work.resolve("db-" + k + "/dongtai");
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
                List<String> sendArgs = new ArrayList<>(List.of(withPaths(issueRoot, db, "send", "--issue", "2024-20",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                        "--dongtai.mail.connections=" + connections)));
                String extra = System.getProperty("bench.sendArgs", "").trim(); // e.g. DKIM settings
                if (!extra.isEmpty()) {
                    sendArgs.addAll(List.of(extra.split("\\s+")));
                }
                if (k == 0 && jar) {
                    // bin/dongtai's first run after a build writes its class-data archive: not a measured run.
                    List<String> warm = new ArrayList<>(sendArgs);
                    warm.add("--dry-run");
                    run(launcher(cp, jar, null, warm), work.resolve("warm-up.log"));
                }
                Path timeLog = work.resolve("send-" + k + ".time");
                long s0 = System.nanoTime();
                run(launcher(cp, jar, timeLog, sendArgs), work.resolve("send-" + k + ".log"));
                double seconds = (System.nanoTime() - s0) / 1e9;
                String[] t = Files.readString(timeLog).trim().split("\\s+");
                peakKb[k] = Long.parseLong(t[t.length - 3]);
                double cpu = cpuSeconds(timeLog);
                double ratio = kept[0] / seconds;
                if (n == messages) {
                    ratios.add(ratio);
                    if (fresh != null) {
                        ratiosDefaults.add(fresh[0] / seconds);
                    }
                }
                System.out.printf(Locale.ROOT, "%,6d messages: smtp-source -d %6.1f s %6.1f msg/s %5.1f CPU-s%s | dongtai send "
                        + "%6.1f s %6.1f msg/s %5.1f CPU-s (%.2f ms/msg), peak RSS %,d MB | ratio to -d %.2f%s%n", n, kept[0],
                        n / kept[0], kept[1], fresh == null ? "" : String.format(Locale.ROOT,
                                " | smtp-source (defaults) %6.1f s %6.1f msg/s %5.1f CPU-s", fresh[0], n / fresh[0], fresh[1]),
                        seconds, n / seconds, cpu, cpu * 1000 / n, peakKb[k] / 1024, ratio,
                        fresh == null ? "" : String.format(Locale.ROOT, ", to defaults %.2f", fresh[0] / seconds));
            }
            System.out.printf(Locale.ROOT, "%,d messages of %,d bytes, %d sessions each; dongtai launched by %s%n", messages,
                    size, connections, jar ? "bin/dongtai" : "java -cp");
            System.out.printf(Locale.ROOT, "ratio dongtai/smtp-source -d at %,d: median %.2f of %s (goal >= 0.80)%n", messages,
                    median(ratios), ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
            if (!ratiosDefaults.isEmpty()) {
                System.out.printf(Locale.ROOT, "ratio dongtai/smtp-source (defaults, a connection per message) at %,d: median %.2f%n",
                        messages, median(ratiosDefaults));
            }
            if (messages > 1000) {
                System.out.printf(Locale.ROOT, "peak memory: %,d MB at 1,000 subscribers, %,d MB at %,d (goal: flat)%n",
                        peakKb[0] / 1024, peakKb[peakKb.length - 1] / 1024, messages);
            }
        } finally {
            sink.destroy();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * One smtp-source run of n messages of {@code size} bytes over {@code connections} sessions: with {@code keep}
     * (-d) each session carries many messages, as dongtai's do; without, a new connection per message (its default).
     * Returns wall seconds and CPU seconds.
     */
    private static double[] source(Path work, String tag, int port, int connections, int size, int n, boolean keep)
            throws IOException, InterruptedException {
        Path timeFile = work.resolve("smtp-source-" + tag + ".time");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", timeFile.toString(), "smtp-source"));
        if (keep) {
            cmd.add("-d");
        }
        cmd.addAll(List.of("-s", String.valueOf(connections), "-l", String.valueOf(size), "-m", String.valueOf(n),
                "-f", "dongtai@gidi.example.org", "-t", "reader@example.org", "127.0.0.1:" + port));
        long t0 = System.nanoTime();
        Process source = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("smtp-source.log").toFile()).start();
        if (!source.waitFor(30, TimeUnit.MINUTES) || source.exitValue() != 0) {
            throw new IllegalStateException("smtp-source failed; see " + work.resolve("smtp-source.log"));
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, cpuSeconds(timeFile)};
    }

    private static List<String> launcher(String cp, boolean jar, Path timeLog, List<String> args) {
        List<String> cmd = new ArrayList<>();
        if (timeLog != null) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", timeLog.toString()));
        }
        if (jar) {
            cmd.add(Path.of("bin/dongtai").toAbsolutePath().toString());
        } else {
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
            // Extra JVM options for the send process (e.g. -Dbench.jvm=-XX:StartFlightRecording=... to profile it).
            String jvm = System.getProperty("bench.jvm", "").trim();
            if (!jvm.isEmpty()) {
                cmd.addAll(List.of(jvm.split("\\s+")));
            }
            cmd.addAll(List.of("-cp", cp, "cn.gidi.dongtai.DongtaiApplication"));
        }
        cmd.addAll(args);
        return cmd;
    }

    /** User + system CPU seconds from a /usr/bin/time -f "%M %U %S" file. */
    private static double cpuSeconds(Path timeFile) throws IOException {
        String[] t = Files.readString(timeFile).trim().split("\\s+");
        return Double.parseDouble(t[t.length - 2]) + Double.parseDouble(t[t.length - 1]);
    }

    private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File("."));
        b.environment().put("JAVA_OPTS", "-Xmx512m " + System.getProperty("bench.jvm", "")); // for bin/dongtai
        Process p = b.start();
        if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(cmd.get(cmd.size() - 1) + " failed; see " + log);
        }
    }

    private static String[] withPaths(Path root, Path db, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--dongtai.paths.output=" + root.resolve("output"), "--dongtai.paths.issues=" + root.resolve("issues"),
                "--dongtai.paths.subscribers=" + root.resolve("no-subscribers.csv"),
                // approve records editor examples: into the bench's folder, never the checkout's content/
                "--dongtai.classify.examples=" + root.resolve("editor-examples.jsonl"),
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

    /** Waits until the sink accepts connections (a fixed pause guessed too short on a loaded machine). */
    private static void awaitListening(int port, Process sink) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                if (!sink.isAlive()) {
                    throw new IllegalStateException("smtp-sink exited before listening on port " + port);
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("smtp-sink did not listen on port " + port + " within 30 s");
    }
}
