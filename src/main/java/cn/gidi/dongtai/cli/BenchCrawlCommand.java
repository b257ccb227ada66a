package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawlResult;
import cn.gidi.dongtai.crawl.Crawler;
import cn.gidi.dongtai.crawl.HttpPageFetcher;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.preview.LoopbackServer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Crawl-speed benchmark on loopback: many hosts (each its own server and port), a list page and article
 * pages on each, every response delayed by a simulated latency. Prints pages per second and the ratio
 * of wall time to the politeness bound: the busiest host's requests × the per-host delay.
 */
@Command(name = "bench-crawl", mixinStandardHelpOptions = true,
        description = "Benchmark the crawler on loopback hosts with simulated latency; prints pages/s and politeness ratio.")
class BenchCrawlCommand implements Callable<Integer> {

    @Option(names = "--hosts", defaultValue = "40", description = "Hosts (default ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--pages", defaultValue = "1000", description = "Article pages over all hosts (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--delay", defaultValue = "500ms", converter = DurationConverter.class,
            description = "Per-host delay (default ${DEFAULT-VALUE}).")
    Duration delay;

    @Option(names = "--latency", defaultValue = "30ms", converter = DurationConverter.class,
            description = "Simulated server latency per response (default ${DEFAULT-VALUE}).")
    Duration latency;

    @Option(names = "--concurrency", defaultValue = "64", description = "Requests in flight, all hosts (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Spec
    CommandLine.Model.CommandSpec spec;

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return org.springframework.boot.convert.DurationStyle.detectAndParse(value);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, AtomicInteger> requestsPerHost = new ConcurrentHashMap<>();
        List<LoopbackServer> servers = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        try {
            for (int h = 0; h < hosts; h++) {
                int perHost = pages / hosts + (h < pages % hosts ? 1 : 0);
                LoopbackServer server = new LoopbackServer("127.0.0.1", 0);
                String key = "host-" + h;
                server.route("/", exchange -> {
                    try (exchange) {
                        requestsPerHost.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        sleep(latency);
                        String path = exchange.getRequestURI().getPath();
                        byte[] body = path.equals("/list.html") ? listPage(perHost) : path.startsWith("/a")
                                ? ("<html><head><meta name=\"ArticleTitle\" content=\"测试文章" + path + "\"></head><body>"
                                + "<div class=\"TRS_Editor\"><p>" + "推进数据要素市场化配置改革。".repeat(40) + "</p></div></body></html>")
                                .getBytes(StandardCharsets.UTF_8) : new byte[0];
                        LoopbackServer.send(exchange, body.length == 0 ? 404 : 200, "text/html; charset=utf-8", body);
                    }
                });
                servers.add(server.start());
                sources.add(new Source(key, key, SourceKind.LOCAL, null, server.baseUrl() + "list.html", null));
            }
            DongtaiProperties.Crawl settings = new DongtaiProperties.Crawl("dongtai-bench", Duration.ofSeconds(20), delay,
                    DataSize.ofMegabytes(5), pages, concurrency, 2, Duration.ofMillis(200), Duration.ofSeconds(30), 5,
                    true, null, List.of("loopback"));
            long start = System.nanoTime();
            CrawlResult result = new Crawler(new HttpPageFetcher(settings), pages)
                    .crawl(sources, Week.endingOn(LocalDate.of(2024, 6, 3)));
            double wall = (System.nanoTime() - start) / 1e9;
            int busiest = requestsPerHost.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
            int requests = requestsPerHost.values().stream().mapToInt(AtomicInteger::get).sum();
            double bound = busiest * delay.toMillis() / 1000.0;
            out.printf("hosts %d, article pages %d, requests %d (robots.txt and list pages included), failures %d%n",
                    hosts, result.articles().size(), requests, result.report().totalFailures());
            out.printf("per-host delay %d ms, simulated latency %d ms, concurrency %d%n", delay.toMillis(),
                    latency.toMillis(), concurrency);
            out.printf("wall time %.2f s; %.1f article pages/s, %.1f requests/s%n", wall, result.articles().size() / wall,
                    requests / wall);
            out.printf("politeness bound %.2f s (busiest host: %d requests x %d ms); wall / bound = %.3f%n", bound,
                    busiest, delay.toMillis(), wall / bound);
            return 0;
        } finally {
            servers.forEach(LoopbackServer::close);
        }
    }

    private static byte[] listPage(int n) {
        StringBuilder html = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < n; i++) {
            html.append("<li><a href=\"a").append(i).append(".html\">测试文章标题第").append(i).append("篇</a> 2024-05-30</li>");
        }
        return html.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
