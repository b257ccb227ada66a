package cn.gidi.dongtai.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.files.FigureStore;
import cn.gidi.dongtai.preview.LoopbackServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * A loopback site serving a chart, a photo too wide for the page, a 404, a web page and an SVG where images
 * should be, a robots.txt that keeps one folder off limits; the crawler's own fetcher gets them.
 */
class FigureImagesTest {

    @TempDir
    Path tmp;

    private LoopbackServer site;
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private static final FigureSettings LIMITS = new FigureSettings(DataSize.ofKilobytes(200), 1_000_000, 400);

    @BeforeEach
    void start() throws IOException {
        byte[] chart = png(320, 160);
        byte[] wide = png(900, 300);
        byte[] huge = png(1200, 1000);
        byte[] bulky = new byte[300 * 1024];
        System.arraycopy(chart, 0, bulky, 0, chart.length);
        site = new LoopbackServer("127.0.0.1", 0).route("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            try (exchange) {
                switch (path) {
                    case "/robots.txt" -> LoopbackServer.send(exchange, 200, "text/plain",
                            "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
                    case "/chart.png", "/private/chart.png" -> LoopbackServer.send(exchange, 200, "image/png", chart);
                    case "/wide.png" -> LoopbackServer.send(exchange, 200, "image/png", wide);
                    case "/huge.png" -> LoopbackServer.send(exchange, 200, "image/png", huge);
                    case "/bulky.png" -> LoopbackServer.send(exchange, 200, "image/png", bulky);
                    case "/page.png" -> LoopbackServer.send(exchange, 200, "image/png",
                            "<!DOCTYPE html><html><body>登录</body></html>".getBytes(StandardCharsets.UTF_8));
                    case "/chart.svg" -> LoopbackServer.send(exchange, 200, "image/svg+xml",
                            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                                    .getBytes(StandardCharsets.UTF_8));
                    default -> LoopbackServer.send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                }
            }
        }).start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private FigureImages images(List<String> allowedNetworks) {
        DongtaiProperties.Crawl settings = new DongtaiProperties.Crawl("dongtai-test", Duration.ofSeconds(2),
                Duration.ofMillis(10), DataSize.ofMegabytes(5), 60, 4, 0, Duration.ofMillis(10), Duration.ofSeconds(1),
                5, true, tmp.resolve("cache"), allowedNetworks);
        return new FigureImages(new HttpPageFetcher(settings), LIMITS, store());
    }

    private FigureStore store() {
        return FigureStore.under(tmp.resolve("output"));
    }

    @Test
    void aChartIsStoredUnderTheHashOfItsBytesAndReadBackOnlyUnderThatName() throws IOException {
        FigureImage got = images(List.of("loopback")).get(site.baseUrl() + "chart.png");
        assertThat(got.failure()).isNull();
        assertThat(got.stored()).matches("[0-9a-f]{64}\\.png");
        byte[] stored = store().read(got.stored()).orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(320);
        // a name is looked up only as a name, and only while the bytes still hash to it
        assertThat(store().read("../" + got.stored())).isEmpty();
        Files.write(store().folder().resolve(got.stored()), png(10, 10));
        assertThat(store().read(got.stored())).isEmpty();
    }

    @Test
    void aWideImageIsScaledToTheWidthLimitBeforeItIsStored() throws IOException {
        FigureImage got = images(List.of("loopback")).get(site.baseUrl() + "wide.png");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(store().read(got.stored()).orElseThrow()));
        assertThat(stored.getWidth()).isEqualTo(400);
        assertThat(stored.getHeight()).isEqualTo(133);
    }

    @Test
    void whatIsNotARealRasterImageWithinTheLimitsIsRefusedWithTheReason() {
        FigureImages images = images(List.of("loopback"));
        assertThat(images.get(site.baseUrl() + "missing.png").failure()).isEqualTo("HTTP 404 Not Found");
        assertThat(images.get(site.baseUrl() + "page.png").failure()).contains("not an image");
        assertThat(images.get(site.baseUrl() + "chart.svg").failure()).contains("SVG");
        assertThat(images.get(site.baseUrl() + "huge.png").failure()).contains("1200×1000", "dongtai.figures.max-pixels");
        assertThat(images.get(site.baseUrl() + "bulky.png").failure()).contains("200 KB", "dongtai.figures.max-bytes");
        assertThat(images.get(site.baseUrl() + "private/chart.png").failure()).contains("robots.txt");
        assertThat(hits).doesNotContainKey("/private/chart.png");
        assertThat(store().folder()).doesNotExist();
    }

    @Test
    void anImageOnAPrivateOrLoopbackAddressIsRefusedUnlessThatNetworkIsAllowed() {
        assertThat(images(List.of()).get("http://10.255.0.1/chart.png").failure()).contains("refused", "private address");
        assertThat(images(List.of("loopback")).get("http://10.255.0.1/chart.png").failure()).contains("private address");
        assertThat(images(List.of()).get(site.baseUrl() + "chart.png").failure()).contains("refused", "loopback");
        assertThat(hits).doesNotContainKey("/chart.png");
        assertThat(images(List.of("loopback")).get(site.baseUrl() + "chart.png").stored()).isNotNull();
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2e75b6));
        for (int i = 0; i < 5; i++) {
            g.fillRect(10 + i * width / 5, height / 3 + i * 5, width / 8, height);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
