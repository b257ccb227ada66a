package cn.gidi.dongtai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.cli.Cli;
import cn.gidi.dongtai.preview.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The weekly job owns its state: step results per job instance, restarts from them, skips declared on steps. */
class JobStateTest {

    @TempDir
    Path tmp;

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(
                "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.classify.examples=" + tmp.resolve("editor-examples.jsonl"),
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--dongtai.crawl.cache=" + tmp.resolve("cache"),
                "--dongtai.crawl.retries=0",
                "--dongtai.crawl.per-host-delay=10ms"));
        return all.toArray(String[]::new);
    }

    @Test
    void twoRequestsForOneWeekKeepTheirOwnResultsAndTheFailedOneResumesAtItsFailedStep() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Files.writeString(templates.resolve("pdf.ftlh"), "<#-- broken --> ${noSuchValue}");
        Path oneSource = tmp.resolve("one-source.yaml");
        Files.writeString(oneSource, "sources:\n  - {name: 工业和信息化部, issuer: 工业和信息化部, kind: central,"
                + " list: 'www.miit.gov.cn/xwfb/gxdt/index.html'}\n");

        try (LoopbackServer site = new LoopbackServer("127.0.0.1", 0).files("/", TestFiles.DEMO_SITE).start()) {
            String[] runA = args("generate", "--week", "2024-06-03", "--sources", "content/demo/sources.yaml",
                    "--base", site.baseUrl(), "--dongtai.paths.templates=" + templates);
            Cli.Result failedA = Cli.run(runA);
            assertThat(failedA.exit()).isEqualTo(1);
            // a template error is not an I/O failure: not tried again
            assertThat(failedA.err()).contains("failed in step 'render'", "pdf.ftlh").doesNotContain("attempts");

            // Run B: same week, another sources file, a new job instance: it crawls its own one source.
            Cli.Result b = Cli.run(args("generate", "--week", "2024-06-03", "--sources", oneSource.toString(),
                    "--base", site.baseUrl()));
            assertThat(b.exit()).as(b.err()).isZero();
            assertThat(b.out()).contains("crawl    1 sources (1 answered)").doesNotContain("resumed");

            Files.copy(Path.of("templates/pdf.ftlh"), templates.resolve("pdf.ftlh"), StandardCopyOption.REPLACE_EXISTING);
            site.close(); // A's restart does not crawl again
            Cli.Result resumedA = Cli.run(runA);
            assertThat(resumedA.exit()).as(resumedA.err()).isZero();
            // A reports its own crawl of the 18 demo sources, not B's result left since under the same week.
            assertThat(resumedA.out()).contains("resumed the unfinished run", "crawl    18 sources (18 answered)");
        }

        List<Path> work;
        try (var dirs = Files.list(tmp.resolve("output/.work"))) {
            work = dirs.sorted().toList();
        }
        assertThat(work).hasSize(2).allMatch(d -> d.getFileName().toString().matches("weeklyIssue-\\d+-[0-9a-f]{8}"));
        List<Integer> sourcesPerRun = new ArrayList<>();
        for (Path d : work) {
            sourcesPerRun.add(JsonMapper.builder().build().readTree(d.resolve("sources.json").toFile()).size());
        }
        assertThat(sourcesPerRun).containsExactlyInAnyOrder(18, 1);

        Cli.Result status = Cli.run(args("status"));
        List<String> lines = status.out().lines().toList();
        // newest first: A's restart ran render only; B ran every step; A's first execution failed in render
        assertThat(lines.get(1)).contains("COMPLETED", "render 0/0/0").doesNotContain("crawl");
        assertThat(lines.get(2)).contains("COMPLETED", "crawl ", "extract ", "compose ", "render ");
        assertThat(lines.get(3)).contains("FAILED", "render!");
    }

    @Test
    void aPageWhoseExtractionFailsIsSkippedCountedAndReportedAndTheRunGoesOn() throws Exception {
        try (LoopbackServer site = twoArticleSite()) {
            Cli.Result r = Cli.run(args("generate", "--week", "2024-06-03", "--sources", sourcesOf(site).toString()));
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("extract  1 articles, 1 pages unreadable", "empty.html");

            JsonNode report = JsonMapper.builder().build().readTree(tmp.resolve("output/2024-20/crawl-report.json").toFile());
            JsonNode source = report.get("sources").get(0);
            assertThat(source.get("articlesExtracted").asInt()).isEqualTo(1);
            assertThat(source.get("failures")).hasSize(1);
            assertThat(source.get("failures").get(0).get("url").asString()).isEqualTo(site.baseUrl() + "empty.html");
            assertThat(source.get("failures").get(0).get("reason").asString()).startsWith("extract: ")
                    .contains("empty.html", "body is empty or too short");
        }
        Cli.Result status = Cli.run(args("status"));
        // extract: 2 pages read, 1 article written, 1 page skipped
        assertThat(status.out().lines().toList().get(1)).contains("COMPLETED", "extract 2/1/1", "compose 1/1/0");
    }

    @Test
    void anIoFailureWhileRenderingIsTriedAgainAsDeclaredAndTheRunThenResumesAtRender() throws Exception {
        // Where issue.html must go, a folder with a file in it: writing the web page fails with an I/O error.
        Path blocker = tmp.resolve("output/2024-20/issue.html/blocker");
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "in the way");
        try (LoopbackServer site = twoArticleSite()) {
            String[] generate = args("generate", "--week", "2024-06-03", "--sources", sourcesOf(site).toString());
            Cli.Result failed = Cli.run(generate);
            assertThat(failed.exit()).isEqualTo(1);
            assertThat(failed.err()).contains("failed in step 'render'", "cannot write", "issue.html", "(3 attempts)");

            Files.delete(blocker);
            Files.delete(blocker.getParent());
            site.close();
            Cli.Result resumed = Cli.run(generate);
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("resumed the unfinished run", "extract  1 articles, 1 pages unreadable");
            assertThat(tmp.resolve("output/2024-20/issue.html")).isRegularFile();
        }
    }

    /** One source whose list links a readable article page and a page with an empty body. */
    private static LoopbackServer twoArticleSite() throws java.io.IOException {
        String body = "<p>为加快数字经济发展，推进数据要素市场化配置改革，现印发本方案。"
                + "各地区各部门要加强算力基础设施建设，推动人工智能与实体经济深度融合。</p>"
                + "<p>方案提出，到2026年，数据产业规模年均增速超过20%，数据要素市场体系基本建成。</p>";
        return new LoopbackServer("127.0.0.1", 0).route("/", exchange -> {
            try (exchange) {
                String page = switch (exchange.getRequestURI().getPath()) {
                    case "/list.html" -> "<html><body><ul>"
                            + "<li><a href=\"ok.html\">关于推进数据要素市场化配置改革的实施方案</a><span>2024-05-30</span></li>"
                            + "<li><a href=\"empty.html\">关于加快算力基础设施建设的通知</a><span>2024-05-31</span></li>"
                            + "</ul></body></html>";
                    case "/ok.html" -> "<html><head><meta name=\"ArticleTitle\" content=\"关于推进数据要素市场化配置改革的实施方案\">"
                            + "<meta name=\"PubDate\" content=\"2024-05-30\"><meta name=\"ContentSource\" content=\"某省数据局\">"
                            + "</head><body><div class=\"TRS_Editor\">" + body + "</div></body></html>";
                    // a page whose body was never filled in: the extractor throws on it
                    case "/empty.html" -> "<html><head><meta name=\"ArticleTitle\" content=\"关于加快算力基础设施建设的通知\">"
                            + "<meta name=\"PubDate\" content=\"2024-05-31\"></head><body><div class=\"TRS_Editor\"></div></body></html>";
                    default -> null;
                };
                if (page == null) {
                    LoopbackServer.send(exchange, 404, "text/plain", new byte[0]);
                } else {
                    LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
                }
            }
        }).start();
    }

    private Path sourcesOf(LoopbackServer site) throws java.io.IOException {
        Path sources = tmp.resolve("sources.yaml");
        Files.writeString(sources, "sources:\n  - {name: 某省数据局, issuer: 某省数据局, kind: local, list: '"
                + site.baseUrl() + "list.html'}\n");
        return sources;
    }
}
