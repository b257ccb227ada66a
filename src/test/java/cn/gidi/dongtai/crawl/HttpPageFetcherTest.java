package cn.gidi.dongtai.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.text.PageDecoder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpPageFetcherTest {

    @TempDir
    Path cache;

    private final HostileSite site = new HostileSite();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final ResponseLog log = (url, status, reason, headers, body, at) -> logged.add(status + " " + url);

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpPageFetcher fetcher() {
        return new HttpPageFetcher(CrawlerTest.settings(Duration.ofMillis(10), Duration.ofSeconds(1), cache), log);
    }

    @Test
    void retriesA503AndA429AndThenSucceeds() throws Exception {
        HttpPageFetcher f = fetcher();
        assertThat(PageDecoder.decode(f.fetch(site.url("flaky.html")).body(), null)).contains("算力基础设施");
        assertThat(site.hits("flaky.html")).isEqualTo(2);
        assertThat(PageDecoder.decode(f.fetch(site.url("busy.html")).body(), null)).contains("人工智能产业");
        assertThat(site.hits("busy.html")).isEqualTo(2);
    }

    @Test
    void namesEveryKindOfFailure() {
        HttpPageFetcher f = fetcher();
        Map<String, String> expected = Map.of(
                "error.html", "HTTP 500",
                "slow.html", "timed out",
                "reset.html", "after 3 attempts",
                "loop.html", "more than 5 redirects",
                "huge.html", "larger than 5 MB",
                "image.html", "not a web page (image/png)",
                "private/secret.html", "disallowed by",
                "missing.html", "HTTP 404");
        expected.forEach((path, reason) -> assertThatThrownBy(() -> f.fetch(site.url(path)))
                .as(path).isInstanceOf(FetchException.class).hasMessageContaining(reason));
        assertThat(site.hits("error.html")).isEqualTo(3); // one try and two retries
        assertThat(site.hits("missing.html")).isEqualTo(1); // a 404 is not retried
        assertThat(site.hits("private/secret.html")).isZero();
    }

    @Test
    void asksChangedSinceOnARerunAndUsesTheStoredCopyOn304() throws Exception {
        List<String> conditional = new CopyOnWriteArrayList<>();
        try (var server = new cn.gidi.dongtai.preview.LoopbackServer("127.0.0.1", 0).route("/", exchange -> {
            try (exchange) {
                String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
                conditional.add(String.valueOf(asked));
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                if ("\"v1\"".equals(asked)) {
                    exchange.sendResponseHeaders(304, -1);
                } else {
                    cn.gidi.dongtai.preview.LoopbackServer.send(exchange, 200, "text/html; charset=utf-8",
                            "<p>第一版内容</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }).start()) {
            String url = server.baseUrl() + "page.html";
            assertThat(PageDecoder.decode(fetcher().fetch(url).body(), null)).contains("第一版内容");
            FetchedPage again = fetcher().fetch(url); // a new run, the same cache folder
            assertThat(PageDecoder.decode(again.body(), null)).contains("第一版内容");
            assertThat(again.status()).isEqualTo(200);
            assertThat(conditional).containsSubsequence("null", "\"v1\"");
            assertThat(logged).anyMatch(l -> l.startsWith("304 ")).anyMatch(l -> l.startsWith("200 ") && l.endsWith("page.html"));
        }
    }

    @Test
    void refusesNonHttpUrls() {
        assertThatThrownBy(() -> fetcher().fetch("file:///etc/passwd")).hasMessageContaining("only http(s)");
        assertThatThrownBy(() -> fetcher().fetch("ftp://example.org/a")).hasMessageContaining("only http(s)");
    }

    @Test
    void logsEveryResponseIncludingErrorsAndRobots() throws Exception {
        HttpPageFetcher f = fetcher();
        f.fetch(site.url("ok.html"));
        assertThatThrownBy(() -> f.fetch(site.url("error.html")));
        assertThat(logged).anyMatch(l -> l.startsWith("200 ") && l.endsWith("/robots.txt"))
                .anyMatch(l -> l.startsWith("200 ") && l.endsWith("/ok.html"))
                .anyMatch(l -> l.startsWith("500 ") && l.endsWith("/error.html"));
    }
}
