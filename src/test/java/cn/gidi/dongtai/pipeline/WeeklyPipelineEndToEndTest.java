package cn.gidi.dongtai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.PdfText;
import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.cli.Cli;
import cn.gidi.dongtai.preview.LoopbackServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole job from the command line: the demo pages served on loopback, a real SMTP server
 * (GreenMail), an H2 database file; then the outputs read back as a reader would.
 */
class WeeklyPipelineEndToEndTest {

    @TempDir
    Path tmp;

    private GreenMail smtp;
    private LoopbackServer site;
    private int smtpPort;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        site = new LoopbackServer("127.0.0.1", 0).files("/", TestFiles.DEMO_SITE).start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        site.close();
    }

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(
                "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.paths.subscribers=" + tmp.resolve("subscribers.csv"),
                "--dongtai.classify.examples=" + tmp.resolve("editor-examples.jsonl"),
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--dongtai.mail.unsubscribe-secret=end-to-end-test-unsubscribe-key",
                "--dongtai.crawl.per-host-delay=10ms"));
        return all.toArray(String[]::new);
    }

    @Test
    void generateComposesAndRendersAndOnlyAnApprovedIssueIsMailedOnceToEachSubscriber() throws Exception {
        assertThat(Cli.run(args("subscribers", "import", "content/demo/subscribers.csv")).exit()).isZero();

        Cli.Result gen = Cli.run(args("generate", "--week", "2024-06-03", "--sources", "content/demo/sources.yaml",
                "--base", site.baseUrl()));
        assertThat(gen.exit()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("issue    2024-20  2024-06-03  第20期 总第183期", "draft    new draft 2024-20");

        Cli.Result unapproved = Cli.run(args("send", "--issue", "2024-20"));
        assertThat(unapproved.exit()).isEqualTo(1);
        assertThat(unapproved.err()).contains("issue 2024-20 is not approved", "nobody was mailed");
        Cli.Result generateAndSend = Cli.run(args("generate", "--week", "2024-06-03", "--sources",
                "content/demo/sources.yaml", "--base", site.baseUrl(), "--send"));
        assertThat(generateAndSend.exit()).isEqualTo(1);
        assertThat(generateAndSend.err()).contains("failed in step 'admitIssue'", "not approved", "nobody was mailed");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        Cli.Result approve = Cli.run(args("approve", "--issue", "2024-20", "--by", "编辑甲"));
        assertThat(approve.exit()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("approved issue 2024-20 by 编辑甲");
        Path first = onlyItemFile(tmp.resolve("issues/2024-20/items"), "01-");
        Files.writeString(first, Files.readString(first).replaceFirst("(?m)^title: .*$", "title: 工信部印发2024年工作计划"));
        Cli.Result changed = Cli.run(args("send", "--issue", "2024-20"));
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.err()).contains("changed after 编辑甲 approved it", "nobody was mailed");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        assertThat(Cli.run(args("render", "--issue", "2024-20")).exit()).isZero();
        assertThat(Cli.run(args("approve", "--issue", "2024-20", "--by", "编辑甲")).exit()).isZero();
        Cli.Result sent = Cli.run(args("send", "--issue", "2024-20"));
        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("5 of 5 sent");
        assertThat(Files.readString(tmp.resolve("issues/2024-20/issue.yaml"))).contains("state: sent");

        Path dir = tmp.resolve("output/2024-20");
        for (String f : List.of("issue.html", "issue.pdf", "email.html", "email.txt", "manifest.json", "crawl-report.json")) {
            assertThat(dir.resolve(f)).exists();
        }
        assertThat(tmp.resolve("issues/2024-20/issue.yaml")).exists();

        JsonNode manifest = JsonMapper.builder().build().readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.get("id").asString()).isEqualTo("2024-20");
        assertThat(manifest.get("number").asInt()).isEqualTo(20);
        assertThat(manifest.get("total").asInt()).isEqualTo(183);
        List<String> sections = manifest.get("sections").valueStream().map(s -> s.get("name").asString()).toList();
        assertThat(sections).containsExactly("国策要论", "地方新政", "产业前沿", "数谷动态");

        JsonNode expected = JsonMapper.builder().build().readTree(TestFiles.DEMO.resolve("expected.json").toFile());
        List<String> onTopic = expected.get("articles").valueStream()
                .filter(a -> a.get("status").asString().equals("in-week"))
                // the issue prints the brief-style headline made from the page's title
                .map(a -> cn.gidi.dongtai.classify.Headlines.headline(a.get("title").asString(), a.get("source").asString()))
                .toList();

        PdfText pdf = new PdfText(dir.resolve("issue.pdf"));
        String allText = PdfText.squeeze(pdf.all());
        sections.forEach(s -> assertThat(allText).contains(s));
        int tocPage = pdf.pageOf("本期要目");
        List<String> titles = new ArrayList<>();
        for (JsonNode section : manifest.get("sections")) {
            for (JsonNode item : section.get("items")) {
                String title = item.get("title").asString();
                titles.add(title);
                assertThat(item.get("section").asString()).isEqualTo(section.get("name").asString());
                assertThat(item.get("reason").asString()).isNotBlank();
                // Printed numbering: the front matter (cover, masthead, 本期要目) is unnumbered.
                assertThat(pdf.pageOf(title, tocPage + 1) - tocPage).as(title).isEqualTo(item.get("page").asInt());
            }
        }
        assertThat(titles).contains("工信部印发2024年工作计划").hasSameSizeAs(onTopic);
        assertThat(pdf.fontsEmbedded).containsOnly(true);
        assertThat(Files.size(dir.resolve("issue.pdf"))).as("demo PDF size").isLessThan(3L * 1024 * 1024);
        assertThat(pdf.fontNames).allMatch(n -> n.matches("[A-Z]{6}\\+.*"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(5);
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : received) {
            recipients.add(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress());
            assertThat(hasPdfAttachment((Multipart) m.getContent())).isTrue();
        }
        assertThat(recipients).doesNotHaveDuplicates().hasSize(5);

        Cli.Result again = Cli.run(args("send", "--issue", "2024-20"));
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("5 of 5 sent");
        assertThat(smtp.getReceivedMessages()).hasSize(5);

        Cli.Result render = Cli.run(args("render", "--issue", "2024-20"));
        assertThat(render.exit()).as(render.err()).isZero();
        assertThat(render.out()).contains("output/2024-20/issue.pdf");

        Cli.Result list = Cli.run(args("subscribers", "list"));
        assertThat(list.out()).contains("zhang.wei@example.org", "5 subscriber(s)");
    }

    @Test
    void replayingARunsCaptureReproducesItsManifestWithoutTheNetwork() throws Exception {
        Cli.Result live = Cli.run(args("generate", "--week", "2024-06-03", "--sources", "content/demo/sources.yaml",
                "--base", site.baseUrl()));
        assertThat(live.exit()).as(live.err()).isZero();
        Path capture = tmp.resolve("captured.warc.gz");
        Files.copy(tmp.resolve("output/2024-20/crawl.warc.gz"), capture);
        String liveManifest = Files.readString(tmp.resolve("output/2024-20/manifest.json"));
        site.close(); // offline from here on

        Cli.Result replay = Cli.run("generate", "--week", "2024-06-03", "--replay", capture.toString(),
                "--dongtai.paths.output=" + tmp.resolve("replayed/output"),
                "--dongtai.paths.issues=" + tmp.resolve("replayed/issues"),
                "--dongtai.classify.examples=" + tmp.resolve("editor-examples.jsonl"),
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("replayed/db/dongtai"));
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(Files.readString(tmp.resolve("replayed/output/2024-20/manifest.json"))).isEqualTo(liveManifest);
    }

    @Test
    void aRunThatFailsPartWayResumesAtTheFailedStep() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Files.writeString(templates.resolve("pdf.ftlh"), "<#-- broken --> ${noSuchValue}");
        String[] command = args("generate", "--week", "2024-06-03", "--sources", "content/demo/sources.yaml",
                "--base", site.baseUrl(), "--dongtai.paths.templates=" + templates);

        Cli.Result failed = Cli.run(command);
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).contains("failed in step 'render'", "pdf.ftlh", "resume at that step");
        assertThat(tmp.resolve("issues/2024-20/issue.yaml")).exists();

        Files.copy(Path.of("templates/pdf.ftlh"), templates.resolve("pdf.ftlh"), StandardCopyOption.REPLACE_EXISTING);
        site.close(); // a resumed run does not crawl again: the sites may be down now
        Cli.Result resumed = Cli.run(command);
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("resumed the unfinished run", "23 items kept");
        assertThat(tmp.resolve("output/2024-20/issue.pdf")).exists();
    }

    @Test
    void theDemoCommandRunsOfflineAndDeliversOneMessagePerDemoSubscriber() throws IOException {
        List<String> checkoutOutput = listing(Path.of("output"));
        Cli.Result demo = Cli.run("demo", "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.paths.issues=" + tmp.resolve("output/demo/issues"));
        assertThat(listing(Path.of("output"))).as("the checkout's output/").isEqualTo(checkoutOutput);
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("5 message(s) delivered to the in-process SMTP server");
        assertThat(tmp.resolve("output/2024-20/issue.pdf")).exists();
        assertThat(tmp.resolve("output/2024-20/demo-mailbox/05.eml")).exists();

        Cli.Result send = Cli.run(args("send", "--issue", "2024-20"));
        assertThat(send.exit()).isEqualTo(1);
        assertThat(send.err()).contains("no issue '2024-20'");
    }

    @Test
    void anEditorsRetitleShowsInTheOutputsAndSurvivesAFreshCrawl() throws Exception {
        String[] generate = args("generate", "--week", "2024-06-03", "--sources", "content/demo/sources.yaml",
                "--base", site.baseUrl());
        assertThat(Cli.run(generate).exit()).isZero();
        Path item = onlyItemFile(tmp.resolve("issues/2024-20/items"), "02-");
        String original = Files.readString(item);
        Files.writeString(item, original.replaceFirst("(?m)^title: .*$", "title: 三部门发布工业互联网标识解析新规") + "\n编者按之外，编辑补写的一段话。\n");
        Cli.Result render = Cli.run(args("render", "--issue", "2024-20"));
        assertThat(render.exit()).as(render.err()).isZero();
        assertThat(Files.readString(tmp.resolve("output/2024-20/manifest.json"))).contains("三部门发布工业互联网标识解析新规");
        assertThat(PdfText.squeeze(new PdfText(tmp.resolve("output/2024-20/issue.pdf")).all()))
                .contains("三部门发布工业互联网标识解析新规", "编辑补写的一段话");

        String[] fresh = args("generate", "--week", "2024-06-03", "--sources", "content/demo/sources.yaml",
                "--base", site.baseUrl(), "--fresh");
        Cli.Result again = Cli.run(fresh);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("draft    no change").doesNotContain("new item");
        assertThat(Files.readString(item)).contains("title: 三部门发布工业互联网标识解析新规", "编辑补写的一段话");
        assertThat(Files.readString(tmp.resolve("output/2024-20/manifest.json"))).contains("三部门发布工业互联网标识解析新规")
                .contains("\"number\" : 20", "\"total\" : 183");
    }

    /** Every path below {@code dir} with its size and time: what a test must leave as it found it. */
    private static List<String> listing(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (var files = Files.walk(dir)) {
            return files.map(p -> p + " " + p.toFile().length() + " " + p.toFile().lastModified()).sorted().toList();
        }
    }

    private static Path onlyItemFile(Path dir, String prefix) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private static boolean hasPdfAttachment(Multipart mp) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            Part p = mp.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) && p.getContentType().startsWith("application/pdf")) {
                return true;
            }
            if (p.getContent() instanceof Multipart inner && hasPdfAttachment(inner)) {
                return true;
            }
        }
        return false;
    }
}
