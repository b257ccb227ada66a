package cn.gidi.dongtai.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console over real HTTP: what it serves, to whom, and what it refuses. */
class ConsoleSecurityTest {

    @TempDir
    Path tmp;

    private ConsoleFixture console;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        console = new ConsoleFixture(tmp);
        // What must never be reachable: the database, work files, caches, captures, mailboxes.
        Path out = console.output();
        Files.createDirectories(out.resolve(".work/2024-06-03"));
        Files.writeString(out.resolve(".work/2024-06-03/articles.json"), "{}");
        Files.createDirectories(out.resolve("2024-20/demo-mailbox"));
        Files.writeString(out.resolve("2024-20/demo-mailbox/01.eml"), "To: someone@example.org");
        Files.writeString(out.resolve("2024-20/crawl.warc.gz"), "warc");
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(console.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheConsoleAndTheRenditionsWithAPolicyThatLoadsNothingRemote() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("2024-20", "draft");
        HttpResponse<String> issue = get("/issues/2024-20");
        assertThat(issue.statusCode()).isEqualTo(200);
        assertThat(issue.body()).contains("算力基础设施高质量发展行动计划", "未收录", "凉山州", "name=\"_csrf\"");
        for (String f : List.of("issue.html", "issue.pdf", "email.html", "email.txt", "manifest.json")) {
            HttpResponse<String> r = get("/issues/2024-20/files/" + f);
            assertThat(r.statusCode()).as(f).isEqualTo(200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(f).contains("default-src 'none'", "img-src 'self' data:").doesNotContain("http");
        }
        assertThat(get("/issues/2024-20/email").body()).contains("大数据发展动态");
        assertThat(get("/issues/2024-20/files/issue.pdf").headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("inline; filename=").contains("UTF-8''%E5%A4%A7%E6%95%B0%E6%8D%AE");
        HttpResponse<String> runs = get("/runs");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.body()).contains("运行记录");
    }

    @Test
    void aSentIssueIsShownSealedWithItsOwnDraftFolder() throws Exception {
        String draftPage = get("/issues/2024-20").body();
        assertThat(draftPage).contains("action=\"/issues/2024-20/approve\"", "class=\"drop\"",
                tmp.resolve("issues/2024-20").toString() + "/").doesNotContain("content/issues/");
        var approvals = console.context.getBean(cn.gidi.dongtai.issue.Approvals.class);
        approvals.approve("2024-20", "测试编辑");
        approvals.markSent("2024-20");
        String sent = get("/issues/2024-20").body();
        assertThat(sent).contains("id=\"sealed\"", "已审定：测试编辑", "算力基础设施高质量发展行动计划")
                .doesNotContain("/approve\"", "class=\"drop\"", "class=\"restore\"", "/add-url\"", "class=\"save\"");
    }

    @Test
    void nothingButTheRenditionsCanBeFetched() throws Exception {
        for (String path : List.of("/db/dongtai.mv.db", "/dongtai.mv.db", "/.work/2024-06-03/articles.json",
                "/issues/2024-20/files/crawl.warc.gz", "/issues/2024-20/files/demo-mailbox/01.eml",
                "/2024-20/demo-mailbox/01.eml", "/issues/2024-20/files/..%2F..%2Fdb%2Fdongtai.mv.db",
                "/issues/2024-20/files/%2e%2e/%2e%2e/.work/2024-06-03/articles.json", "/2024-20/issue.pdf",
                "/issues/2024-20/../../db/dongtai.mv.db")) {
            int status = get(path).statusCode();
            assertThat(status).as(path).isIn(400, 404);
        }
    }

    @Test
    void aRenditionThatIsASymbolicLinkIsNotFollowed() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "subscriber list");
        Path manifest = console.output().resolve("2024-20/manifest.json");
        Files.delete(manifest);
        Files.createSymbolicLink(manifest, secret);
        HttpResponse<String> r = get("/issues/2024-20/files/manifest.json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("subscriber list");
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        assertThat(rawGet("evil.example:" + console.port())).startsWith("HTTP/1.1 421");
        assertThat(rawGet("127.0.0.1:" + console.port())).startsWith("HTTP/1.1 200");
        assertThat(rawGet("localhost:" + console.port())).startsWith("HTTP/1.1 200");
    }

    @Test
    void aFormPostedWithoutItsTokenChangesNothing() throws Exception {
        Path index = tmp.resolve("issues/2024-20/issue.yaml");
        String before = Files.readString(index);
        String item = console.store.requireDraft("2024-20").index().items().get(0);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(console.base() + "/issues/2024-20/items/"
                        + java.net.URLEncoder.encode(item, StandardCharsets.UTF_8).replace("+", "%20") + "/drop"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        r = http.send(HttpRequest.newBuilder(URI.create(console.base() + "/issues/2024-20/approve"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("by=attacker")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Files.readString(index)).isEqualTo(before);
    }

    @Test
    void slowClientsDoNotHangTheConsole() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), console.port());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            assertThat(get("/").statusCode()).isEqualTo(200);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void theProcessListensOnLoopbackOnly() throws Exception {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        assertThat(listening).isNotEmpty().allSatisfy(local -> assertThat(local.split(":")[0])
                .isIn("0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F"));
    }

    @Test
    void beyondLoopbackOrWhenAskedTheConsoleWantsALogin() throws Exception {
        console.close();
        assertThatThrownBy(() -> new ConsoleFixture(tmp.resolve("open"), "--dongtai.console.require-login=true"))
                .rootCause().hasMessageContaining("no user is configured");
        String hash = org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder().encode("s3cret-password");
        console = new ConsoleFixture(tmp.resolve("login"), "--dongtai.console.require-login=true",
                "--dongtai.console.users[0].name=editor", "--dongtai.console.users[0].password-hash=" + hash);
        HttpResponse<String> r = get("/issues/2024-20");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(get("/issues/2024-20/files/issue.pdf").statusCode()).isEqualTo(302);
    }

    private String rawGet(String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), console.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
