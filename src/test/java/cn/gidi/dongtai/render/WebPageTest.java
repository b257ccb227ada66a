package cn.gidi.dongtai.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import cn.gidi.dongtai.issue.IssueStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The web edition (issue.html): valid by the W3C Nu checker, self-contained, and readable at 375 and 1280 px. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageTest {

    private RenderedIssue rendered;

    @BeforeAll
    void render(@TempDir Path out) throws IOException {
        // A figure the crawl stored, so the checker sees the figure markup too.
        java.awt.image.BufferedImage chart = new java.awt.image.BufferedImage(320, 160, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(chart, "png", png);
        String stored = cn.gidi.dongtai.files.FigureStore.under(out).put(png.toByteArray(), "png");
        List<IssueItem> items = new ArrayList<>();
        int n = 0;
        for (Section s : Section.values()) {
            n++;
            String body = "<p>\u3000\u3000推进数据要素市场化配置改革，加快建设全国一体化算力网络，支持人工智能大模型在政务、制造、医疗等领域的应用示范。</p>"
                    + "<h3>一、总体要求</h3><ul><li>完善数据安全治理体系</li></ul>"
                    + "<table><tr><th>指标</th><th>数值</th></tr><tr><td>软件业务收入</td><td>37,048亿元</td></tr></table>"
                    + "<p><img src=\"https://www.example.gov.cn/fig" + n + ".png\" alt=\"\"></p><p>图1 软件业务收入增长情况</p>"
                    + "<p><strong>利润总额两位数增长。</strong>1—4月份，软件业利润总额4314亿元。</p>"
                    + "<p><img src=\"https://www.example.gov.cn/chart.png#figure=" + stored + "\" alt=\"图2 已存的示意图\"></p>";
            items.add(new IssueItem(String.format("item-%02d", n), s, s.label() + "条目" + n + "《关于推进数据要素市场化配置改革的实施意见》",
                    "发布机构" + n, "https://www.example.gov.cn/art/2024/5/" + n + "/art_" + n + ".html?a=1&b=2"
                            + (n == 4 ? "&q=" + "x".repeat(4000) : ""),
                    LocalDate.of(2024, 5, 28), n == 1 ? "编者按的内容 <不是标签>。" : null, body, "测试"));
        }
        Issue issue = new Issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183, LocalDate.of(2024, 5, 28),
                LocalDate.of(2024, 6, 3), IssueStatus.DRAFT, Instant.parse("2024-06-03T00:00:00Z"), items);
        rendered = cn.gidi.dongtai.TestFiles.renderer(out).render(issue);
    }

    @Test
    void passesTheNuHtmlChecker() throws Exception {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                warnings.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        validator.checkHtmlFile(rendered.html().toFile(), true);
        assertThat(errors).as("Nu checker errors").isEmpty();
        assertThat(warnings).as("Nu checker warnings").isEmpty();
    }

    @Test
    void aLinkTooLongForAQrCodeStopsNothing() {
        assertThat(rendered.pdf()).exists();
        assertThat(rendered.contents().warnings()).anySatisfy(w -> assertThat(w).contains("item-04", "QR"));
    }

    @Test
    void semanticAndSelfContained() throws IOException {
        Document doc = Jsoup.parse(rendered.html().toFile());
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("nav a[href^=#item-]")).hasSize(4);
        assertThat(doc.select("main section")).hasSize(4);
        assertThat(doc.select("article")).hasSize(4);
        for (Element a : doc.select("nav a[href^=#]")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
        assertThat(doc.select("script, link[rel=stylesheet], iframe, object, embed")).isEmpty();
        for (Element e : doc.select("[src]")) {
            assertThat(e.attr("src")).as("embedded, never fetched").startsWith("data:image/");
        }
        String css = doc.select("style").html();
        assertThat(css).doesNotContain("@import").doesNotContainPattern("url\\(\\s*['\"]?(https?:)?//");
        assertThat(css).contains("@media print", "@media (max-width");
        assertThat(doc.text()).doesNotContain("图1 软件业务收入增长情况");
        assertThat(doc.select("article figure figcaption").eachText()).containsOnly("图2 已存的示意图").hasSize(4);
    }

    @Test
    void readsAtPhoneAndDesktopWidthsInChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            for (int width : new int[] {375, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                driver.get(rendered.html().toUri().toString());
                JavascriptExecutor js = driver;
                long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
                long content = (Long) js.executeScript("return document.documentElement.scrollWidth");
                assertThat(content).as("no sideways scrolling at %d px", width).isLessThanOrEqualTo(viewport);
                long bodyFont = Math.round(((Number) js.executeScript(
                        "return parseFloat(getComputedStyle(document.querySelector('.body p')).fontSize)")).doubleValue());
                assertThat(bodyFont).as("readable text at %d px", width).isGreaterThanOrEqualTo(14);
                long qrShown = (Long) js.executeScript(
                        "return document.querySelectorAll('.meta img').length ? document.querySelector('.meta img').offsetWidth : -1");
                assertThat(qrShown).as("QR at %d px", width).isEqualTo(width < 600 ? 0 : 88);
            }
        } finally {
            driver.quit();
        }
    }
}
