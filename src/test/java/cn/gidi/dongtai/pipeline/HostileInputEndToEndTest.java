package cn.gidi.dongtai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.PdfText;
import cn.gidi.dongtai.cli.Cli;
import cn.gidi.dongtai.preview.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback site (loopback allowed by the tests' settings) whose list links a page of random bytes served
 * as text/html, a page on a private address, a page redirecting to a link-local address, and articles
 * whose titles carry terminal escape sequences, bidi overrides and private-use characters. The run
 * finishes, names the binary and private pages as failures with their reasons, and nothing it prints,
 * stores or renders holds a control character.
 */
class HostileInputEndToEndTest {

    private static final String ESCAPED_TITLE = "\u001b[2J\u001b[31m关于推进\u202e数据要素\u202c市场化\uE000配置改革的实施方案\u0007";
    private static final String BODY = "<p>为加快数字经济发展，推进数据要素市场化配置改革，现印发本方案。\u001b]0;pwned\u0007"
            + "各地区各部门要加强算力基础设施建设，推动人工智能与实体经济深度融合。</p>"
            + "<p>方案提出，到2026年，数据产业规模年均增速超过20%，数据要素市场体系基本建成。</p>";

    @TempDir
    Path tmp;

    @Test
    void binaryAndPrivatePagesAreFailuresAndNoControlCharacterIsPrintedOrRendered() throws Exception {
        byte[] random = new byte[200 * 1024];
        new Random(7).nextBytes(random);
        try (LoopbackServer site = new LoopbackServer("127.0.0.1", 0).route("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            try (exchange) {
                switch (path) {
                    case "/list.html" -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", (
                            "<html><body><ul>"
                            + "<li><a href=\"ok.html\">" + ESCAPED_TITLE + "</a><span>2024-05-30</span></li>"
                            + "<li><a href=\"noise.html\">关于加快人工智能产业发展的若干措施</a><span>2024-05-30</span></li>"
                            + "<li><a href=\"http://10.255.0.1/internal.html\">内部系统：数据共享平台建设方案</a><span>2024-05-30</span></li>"
                            + "<li><a href=\"hop.html\">跳转页面：算力基础设施建设方案</a><span>2024-05-30</span></li>"
                            + "</ul></body></html>").getBytes(StandardCharsets.UTF_8));
                    case "/ok.html" -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", (
                            "<html><head><meta name=\"ArticleTitle\" content=\"" + ESCAPED_TITLE + "\">"
                            + "<meta name=\"PubDate\" content=\"2024-05-30\"><meta name=\"ContentSource\" content=\"某省数据局\u001b[0m\">"
                            + "</head><body><div class=\"TRS_Editor\">" + BODY + "</div></body></html>")
                            .getBytes(StandardCharsets.UTF_8));
                    case "/noise.html" -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", random);
                    case "/hop.html" -> {
                        exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
                        exchange.sendResponseHeaders(302, -1);
                    }
                    default -> LoopbackServer.send(exchange, 404, "text/plain", new byte[0]);
                }
            }
        }).start()) {
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, issuer: 某省数据局, kind: local, list: '"
                    + site.baseUrl() + "list.html'}\n");
            Cli.Result r = Cli.run("generate", "--week", "2024-06-03", "--sources", sources.toString(),
                    "--dongtai.paths.output=" + tmp.resolve("output"), "--dongtai.paths.issues=" + tmp.resolve("issues"),
                    "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                    "--dongtai.crawl.per-host-delay=10ms", "--dongtai.crawl.retries=0",
                    "--dongtai.crawl.cache=" + tmp.resolve("cache"));
            assertThat(r.exit()).as(r.err()).isZero();
            assertNoControlCharacter("standard output", r.out());
            assertNoControlCharacter("standard error", r.err());

            JsonNode report = JsonMapper.builder().build().readTree(tmp.resolve("output/2024-20/crawl-report.json").toFile());
            Map<String, String> reasons = new HashMap<>();
            report.get("sources").get(0).get("failures").forEach(f -> reasons.put(f.get("url").asString(),
                    f.get("reason").asString()));
            assertThat(reasons).containsOnlyKeys(site.baseUrl() + "noise.html", "http://10.255.0.1/internal.html",
                    site.baseUrl() + "hop.html");
            assertThat(reasons.get(site.baseUrl() + "noise.html")).contains("not a text page");
            assertThat(reasons.get("http://10.255.0.1/internal.html")).contains("refused", "private address");
            assertThat(reasons.get(site.baseUrl() + "hop.html")).contains("refused", "link-local address");
            assertThat(r.out()).contains("noise.html", "10.255.0.1");

            Path issue = tmp.resolve("output/2024-20");
            String manifest = Files.readString(issue.resolve("manifest.json"));
            assertThat(manifest).contains("关于推进数据要素市场化配置改革的实施方案").doesNotContain("\\u001b", "\\u202e", "\\ue000");
            for (String f : new String[] {"issue.html", "email.html", "email.txt", "manifest.json"}) {
                assertNoControlCharacter(f, Files.readString(issue.resolve(f)));
                // nor as an entity a browser or a later reader would turn back into the character
                assertThat(Files.readString(issue.resolve(f)).toLowerCase()).doesNotContain("&#x1b;", "&#27;", "&#x7;");
            }
            String pdf = new PdfText(issue.resolve("issue.pdf")).all();
            assertThat(PdfText.squeeze(pdf)).contains("关于推进数据要素市场化配置改革的实施方案");
            assertNoControlCharacter("issue.pdf", pdf);
            String draft;
            try (var files = Files.walk(tmp.resolve("issues"))) {
                draft = files.filter(Files::isRegularFile).map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce("", String::concat);
            }
            assertThat(draft).doesNotContain("\\u001b", "\\u0007", "\\u202e", "\u001b");
        }
    }

    private static void assertNoControlCharacter(String where, String text) {
        text.codePoints().forEach(cp -> assertThat(cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f'
                || (!Character.isISOControl(cp) && !(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069)
                && Character.getType(cp) != Character.PRIVATE_USE))
                .as("%s holds U+%04X", where, cp).isTrue());
    }
}
