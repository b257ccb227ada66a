package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.crawl.HostileSite;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.mail.MailDelivery;
import cn.gidi.dongtai.pipeline.RunHistory;
import cn.gidi.dongtai.pipeline.RunRequest;
import cn.gidi.dongtai.pipeline.WeeklyIssuePipeline;
import cn.gidi.dongtai.render.IssueRenderer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two dongtai nodes on one real PostgreSQL (Debian's binaries, a throwaway cluster in the test's folder): the
 * schema comes from the Flyway migrations, Quartz runs clustered. Each trigger fires on exactly one node; a node
 * killed in the middle of a job has it run again by the other; both nodes sending one approved issue at the same
 * moment mail each subscriber once.
 */
class TwoNodesOnPostgresTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static ThrowawayPostgres postgres;
    private static int databases;
    private String url;
    private GreenMail smtp;
    private int smtpPort;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        Path bin = ThrowawayPostgres.binaries().orElse(null);
        Assumptions.assumeTrue(bin != null, "PostgreSQL binaries are absent (/usr/lib/postgresql/*/bin): install Debian's "
                + "postgresql package (bash .ci/setup) to run the two-node test");
        postgres = new ThrowawayPostgres(bin, shared);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void freshDatabaseAndMailServer() throws Exception {
        String name = "dongtai_" + (++databases);
        try (Connection c = DriverManager.getConnection(postgres.url(), "dongtai", "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        url = postgres.url().replace("/dongtai", "/" + name);
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
        smtp.stop();
    }

    private List<String> settings(String node, Path sources) {
        return new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.profiles.active=postgres",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + node,
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
                "--dongtai.paths.sources=" + sources,
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.paths.subscribers=content/demo/subscribers.csv",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--dongtai.mail.unsubscribe-secret=two-nodes-test-unsubscribe-key",
                "--dongtai.classify.examples=" + tmp.resolve("editor-examples.jsonl"),
                "--dongtai.crawl.per-host-delay=10ms", "--dongtai.crawl.retries=0"));
    }

    private ConfigurableApplicationContext node(String name, Path sources) {
        ConfigurableApplicationContext c = new SpringApplicationBuilder(DongtaiApplication.class)
                .run(settings(name, sources).toArray(String[]::new));
        nodes.add(c);
        return c;
    }

    private Path sourcesOn(String listUrl) throws Exception {
        Path sources = tmp.resolve("sources.yaml");
        Files.writeString(sources, "sources:\n  - {name: 某省数据局, kind: local, list: '" + listUrl + "'}\n");
        return sources;
    }

    @Test
    void eachTriggerFiresOnExactlyOneNode() throws Exception {
        try (HostileSite site = new HostileSite()) {
            Path sources = sourcesOn(site.url("today.html"));
            ConfigurableApplicationContext a = node("node-a", sources);
            ConfigurableApplicationContext b = node("node-b", sources);
            a.getBean(WeeklySchedule.class).install();
            b.getBean(WeeklySchedule.class).install(); // the same configuration: keeps what node-a stored
            try (Connection c = DriverManager.getConnection(url, "dongtai", "");
                 PreparedStatement s = c.prepareStatement(
                         "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_GROUP = 'dongtai'")) {
                s.setLong(1, Instant.now().toEpochMilli()); // both due now
                assertThat(s.executeUpdate()).isEqualTo(2);
            }
            JobRuns runs = new JobRuns(2);
            runs.watch("node-a", a.getBean(Scheduler.class));
            runs.watch("node-b", b.getBean(Scheduler.class));
            a.getBean(WeeklySchedule.class).start();
            b.getBean(WeeklySchedule.class).start();
            assertThat(runs.await()).as(runs.done.toString()).isTrue();
            a.getBean(WeeklySchedule.class).stop();
            b.getBean(WeeklySchedule.class).stop();
            Map<String, Long> perJob = runs.done.stream().collect(Collectors.groupingBy(r -> r.substring(0, r.indexOf('@')),
                    Collectors.counting()));
            assertThat(perJob).as(runs.done.toString()).containsOnly(Map.entry("generate", 1L), Map.entry("send", 1L));
            assertThat(runs.done).noneMatch(r -> r.contains("failed"));
            for (WeeklySchedule.Entry e : a.getBean(WeeklySchedule.class).list()) {
                assertThat(e.nextFire().toInstant()).as(e.trigger()).isAfter(Instant.now()); // nothing left to fire twice
            }
            assertThat(Files.readString(tmp.resolve("issues").resolve(onlyIssue()).resolve("issue.yaml")))
                    .contains("date: " + LocalDate.now(ZoneId.of("Asia/Shanghai")));
        }
    }

    @Test
    void bothNodesSendingTheSameApprovedIssueMailEachSubscriberOnce() throws Exception {
        ConfigurableApplicationContext a;
        ConfigurableApplicationContext b;
        String id;
        try (HostileSite site = new HostileSite()) {
            Path sources = sourcesOn(site.url("today.html"));
            a = node("node-a", sources);
            b = node("node-b", sources);
            id = a.getBean(WeeklyIssuePipeline.class)
                    .run(new RunRequest(LocalDate.now(ZoneId.of("Asia/Shanghai")), sources, null, false)).issueId();
        }
        a.getBean(IssueRenderer.class).render(a.getBean(IssueStore.class).get(id));
        a.getBean(Approvals.class).approve(id, "编辑甲");

        CyclicBarrier together = new CyclicBarrier(2);
        Function<ConfigurableApplicationContext, CompletableFuture<SendReport>> send = node -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            MailDelivery d = node.getBean(MailDelivery.class);
            return d.send(id, d.defaultList(), null);
        });
        CompletableFuture<SendReport> fromA = send.apply(a);
        CompletableFuture<SendReport> fromB = send.apply(b);
        SendReport ra = fromA.get(120, TimeUnit.SECONDS);
        SendReport rb = fromB.get(120, TimeUnit.SECONDS);

        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : received) {
            Arrays.stream(m.getAllRecipients()).map(Address::toString).forEach(recipients::add);
        }
        assertThat(recipients).hasSize(5).doesNotHaveDuplicates();
        // One node sent; the other either found nothing left or was told the first is sending (ledger counts are totals).
        assertThat(Math.max(ra.sent(), rb.sent())).isEqualTo(5);
        try (Connection c = DriverManager.getConnection(url, "dongtai", "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM DONGTAI_MAIL_LEDGER WHERE STATUS = 'SENT'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void aNodeKilledInTheMiddleOfGenerateHandsItToTheOtherNode() throws Exception {
        try (HostileSite site = new HostileSite(); StallingSite stalling = new StallingSite(site)) {
            Process nodeA = null;
            try {
                Path sources = sourcesOn(stalling.listUrl());
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), DongtaiApplication.class.getName(),
                        "schedule", "--fire-now", "generate"));
                command.addAll(settings("node-a", sources));
                command.add("--dongtai.crawl.timeout=10m");
                nodeA = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true)
                        .redirectOutput(tmp.resolve("node-a.log").toFile()).start();
                assertThat(stalling.awaitFirstCaller()).as("node-a started generate: "
                        + (Files.exists(tmp.resolve("node-a.log")) ? Files.readString(tmp.resolve("node-a.log")) : "")).isTrue();
                nodeA.destroyForcibly().waitFor(60, TimeUnit.SECONDS); // kill -9 in the middle of the crawl

                ConfigurableApplicationContext b = node("node-b", sources);
                JobRuns runs = new JobRuns(1);
                runs.watch("node-b", b.getBean(Scheduler.class));
                b.getBean(WeeklySchedule.class).install();
                b.getBean(WeeklySchedule.class).start();
                assertThat(runs.await()).as("node-b recovered node-a's generate").isTrue();
                b.getBean(WeeklySchedule.class).stop();
                assertThat(runs.done).containsExactly("generate@node-b recovering");
                // node-a's run, left "running" by its death, is marked failed and node-b's run restarts it
                List<RunHistory.Run> history = b.getBean(RunHistory.class).recent(5);
                assertThat(history).extracting(RunHistory.Run::status).containsExactly("COMPLETED", "FAILED");
                assertThat(history).extracting(RunHistory.Run::week).containsOnly(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
                assertThat(history.get(1).steps()).extracting(RunHistory.StepRun::name).containsExactly("crawl");
                assertThat(Files.readString(tmp.resolve("issues").resolve(onlyIssue()).resolve("issue.yaml")))
                        .contains("date: " + LocalDate.now(ZoneId.of("Asia/Shanghai")));
            } finally {
                if (nodeA != null) {
                    nodeA.destroyForcibly();
                }
            }
        }
    }

    private String onlyIssue() throws Exception {
        try (var drafts = Files.list(tmp.resolve("issues"))) {
            List<Path> all = drafts.filter(Files::isDirectory).toList();
            assertThat(all).hasSize(1);
            return all.get(0).getFileName().toString();
        }
    }
}
