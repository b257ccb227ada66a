package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.source.SourcesFile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.preview.LoopbackServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The crawler against a real HTTP server on loopback: saved demo pages plus pages that misbehave. */
class CrawlerTest {

    private static final Week WEEK = Week.endingOn(LocalDate.of(2024, 6, 3));

    private LoopbackServer server;
    private final List<Long> brokenHits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new LoopbackServer("127.0.0.1", 0)
                .files("/site/", TestFiles.DEMO_SITE)
                .route("/broken/", exchange -> {
                    try (exchange) {
                        brokenHits.add(System.nanoTime());
                        String path = exchange.getRequestURI().getPath();
                        switch (path) {
                            case "/broken/list.html" -> LoopbackServer.send(exchange, 200, "text/html", """
                                    <ul>
                                    <li><a href="ok.html">一篇能打开的数据政策文章</a> 2024-05-30</li>
                                    <li><a href="error.html">服务器内部错误的文章</a> 2024-05-30</li>
                                    <li><a href="gone.html">已经删除的文章页面</a> 2024-05-31</li>
                                    <li><a href="slow.html">响应太慢的文章页面</a> 2024-05-31</li>
                                    <li><a href="old.html">上个月的旧文章页面</a> 2024-04-30</li>
                                    </ul>""".getBytes(StandardCharsets.UTF_8));
                            case "/broken/ok.html" -> LoopbackServer.send(exchange, 200, "text/html",
                                    "<h1>数据政策</h1><p>正文内容</p>".getBytes(StandardCharsets.UTF_8));
                            case "/broken/error.html" -> LoopbackServer.send(exchange, 500, "text/plain", new byte[0]);
                            case "/broken/slow.html" -> {
                                try {
                                    Thread.sleep(3_000);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                LoopbackServer.send(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
                            }
                            default -> LoopbackServer.send(exchange, 404, "text/plain", new byte[0]);
                        }
                    }
                })
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Crawler crawler(Duration delay, Duration timeout) {
        return new Crawler(new HttpPageFetcher(settings(delay, timeout, null)), 60);
    }

    static DongtaiProperties.Crawl settings(Duration delay, Duration timeout, java.nio.file.Path cache) {
        return settings(delay, timeout, cache, List.of("loopback"));
    }

    static DongtaiProperties.Crawl settings(Duration delay, Duration timeout, java.nio.file.Path cache,
                                            List<String> allowedNetworks) {
        return new DongtaiProperties.Crawl("dongtai-test", timeout, delay, DataSize.ofMegabytes(5), 60, 16, 2,
                Duration.ofMillis(50), Duration.ofSeconds(5), 5, true, cache, allowedNetworks);
    }

    @Test
    void theSourcesFileCanAllowAnIntranetSourceThatTheSettingsDoNot(@TempDir Path tmp) throws IOException {
        // the settings allow no private network at all, as in production
        Crawler strict = new Crawler(new HttpPageFetcher(settings(Duration.ofMillis(5), Duration.ofSeconds(5), null,
                List.of())), 60);
        String source = """
                  - name: 内网站点
                    issuer: 某市大数据局
                    kind: local
                    list: broken/list.html
                """;
        Path plain = tmp.resolve("plain.yaml");
        Files.writeString(plain, "sources:\n" + source);
        CrawlReport.SourceReport refused = strict.crawl(SourcesFile.load(plain, server.baseUrl()), WEEK)
                .report().sources().get(0);
        assertThat(refused.listFetched()).isFalse();
        assertThat(refused.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("is a loopback address", "allowed-networks"));

        // per source: only that source's pages may enter loopback
        Path perSource = tmp.resolve("per-source.yaml");
        Files.writeString(perSource, "sources:\n" + source + "    allowed-networks: [loopback]\n"
                + "  - name: 公网站点\n    kind: local\n    list: site/list.html\n");
        List<CrawlReport.SourceReport> reports = strict.crawl(SourcesFile.load(perSource, server.baseUrl()), WEEK)
                .report().sources();
        assertThat(reports.get(0).listFetched()).isTrue();
        assertThat(reports.get(0).articlesFetched()).isPositive();
        assertThat(reports.get(1).listFetched()).isFalse();
        assertThat(reports.get(1).failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("is a loopback address"));

        // top level: every source of the file
        Path topLevel = tmp.resolve("top-level.yaml");
        Files.writeString(topLevel, "allowed-networks: [127.0.0.0/8]\nsources:\n" + source);
        assertThat(strict.crawl(SourcesFile.load(topLevel, server.baseUrl()), WEEK).report().sources().get(0)
                .articlesFetched()).isPositive();
    }

    @Test
    void crawlsTheDemoSitesAndFetchesOnlyArticlesDatedInTheWeek() {
        List<Source> sources = SourcesFile.load(TestFiles.DEMO.resolve("sources.yaml"), server.baseUrl() + "site/");
        CrawlResult result = crawler(Duration.ofMillis(5), Duration.ofSeconds(5)).crawl(sources, WEEK);
        assertThat(result.report().totalFailures()).isZero();
        assertThat(result.report().sources()).allMatch(CrawlReport.SourceReport::listFetched);
        assertThat(result.articles()).hasSize(25); // 23 on-topic and 2 off-topic pages dated in the week
        assertThat(result.articles()).allMatch(a -> WEEK.contains(a.listedDate()));
    }

    @Test
    void aBrokenPageIsRecordedWithItsReasonAndTheRestOfTheRunGoesOn() {
        Source broken = new Source("坏站点", "坏站点", SourceKind.LOCAL, null, server.baseUrl() + "broken/list.html", null);
        Source down = new Source("停机站点", "停机站点", SourceKind.LOCAL, null, "http://127.0.0.1:1/list.html", null);
        Source good = SourcesFile.load(TestFiles.DEMO.resolve("sources.yaml"), server.baseUrl() + "site/").get(0);

        CrawlResult result = crawler(Duration.ofMillis(5), Duration.ofSeconds(1)).crawl(List.of(broken, down, good), WEEK);

        CrawlReport.SourceReport b = result.report().sources().get(0);
        assertThat(b.listFetched()).isTrue();
        assertThat(b.datedLinks()).isEqualTo(5);
        assertThat(b.linksInWeek()).isEqualTo(4);
        assertThat(b.articlesFetched()).isEqualTo(1);
        assertThat(b.failures()).extracting(CrawlReport.Failure::reason)
                .anyMatch(r -> r.contains("HTTP 500") && r.contains("after 3 attempts"))
                .anyMatch(r -> r.contains("HTTP 404"))
                .anyMatch(r -> r.contains("timed out"));
        CrawlReport.SourceReport d = result.report().sources().get(1);
        assertThat(d.listFetched()).isFalse();
        assertThat(d.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("cannot connect"));
        assertThat(result.report().sources().get(2).articlesFetched()).isPositive();
    }

    @Test
    void aCrawlOfOneHostGoesOneRequestAtATime() {
        Source broken = new Source("坏站点", "坏站点", SourceKind.LOCAL, null, server.baseUrl() + "broken/list.html", null);
        crawler(Duration.ofMillis(5), Duration.ofSeconds(1)).crawl(List.of(broken), WEEK);
        assertThat(brokenHits).hasSizeGreaterThanOrEqualTo(5);
    }
}
