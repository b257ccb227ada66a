package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.source.SourcesFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ArticleExtractorTest {

    private static final String BASE = "http://127.0.0.1:1/";

    static Stream<JsonNode> demoArticles() throws IOException {
        JsonNode expected = JsonMapper.builder().build().readTree(TestFiles.DEMO.resolve("expected.json").toFile());
        return expected.get("articles").valueStream().filter(a -> a.get("status").asString().startsWith("in-week"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoArticles")
    void liftsTitleDateIssuerAndBodyFromEveryDemoPage(JsonNode gold) throws IOException {
        String path = gold.get("url_path").asString();
        Source source = sourceFor(gold.get("list").asString());
        Article a = ArticleExtractor.extract(crawled(TestFiles.DEMO_SITE.resolve(path), BASE + path, null), source);

        assertThat(a.title()).isEqualTo(gold.get("title").asString());
        assertThat(a.publishedAt()).isEqualTo(LocalDate.parse(gold.get("date").asString().substring(0, 10)));
        assertThat(a.issuer()).isEqualTo(gold.get("source").asString());
        String text = a.bodyText().replaceAll("\\s+", "");
        assertThat(text).contains(gold.get("body_first").asString().replaceAll("\\s+", ""));
        assertThat(text).contains(gold.get("body_last").asString().replaceAll("\\s+", ""));
        assertThat(text).doesNotContain("网站标识码").doesNotContain("ICP备");
    }

    static Stream<JsonNode> realPages() throws IOException {
        JsonNode gold = JsonMapper.builder().build().readTree(TestFiles.shared("real-pages/gold.json").toFile());
        return gold.valueStream().filter(g -> g.get("title") != null && !g.get("title").isNull()
                && g.get("first") != null && !g.get("first").isNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realPages")
    void liftsTheTitleDateAndBodyOfRealGovernmentPages(JsonNode gold) throws IOException {
        Path file = TestFiles.shared("real-pages/" + gold.get("file").asString());
        Source unknown = new Source("未知站点", null, SourceKind.LOCAL, null, BASE, null);
        Article a = ArticleExtractor.extract(crawled(file, BASE + file.getFileName(), null), unknown);
        assertThat(a.title()).isEqualTo(gold.get("title").asString());
        if (gold.get("date") != null && !gold.get("date").isNull()) {
            assertThat(a.publishedAt()).isEqualTo(LocalDate.parse(gold.get("date").asString()));
        }
        String text = a.bodyText().replaceAll("\\s+", "");
        assertThat(text).contains(gold.get("first").asString().replaceAll("\\s+", ""));
        assertThat(text).contains(gold.get("last").asString().replaceAll("\\s+", ""));
    }

    @Test
    void readsTheGbkDemoPage() throws IOException {
        Path gbk = TestFiles.DEMO_SITE.resolve("gxt.henan.gov.cn/2024/05-29/3000099.html");
        assertThat(new String(Files.readAllBytes(gbk), StandardCharsets.UTF_8)).contains("\uFFFD");
        Article a = ArticleExtractor.extract(crawled(gbk, BASE + "gxt.henan.gov.cn/2024/05-29/3000099.html", "text/html"),
                sourceFor("gxt.henan.gov.cn/xwzx/tzgg/index.html"));
        assertThat(a.title()).contains("河南省工信厅等五部门联合发文");
        assertThat(a.bodyText()).contains("软件").doesNotContain("\uFFFD");
    }

    @Test
    void sanitizesTheBody() {
        String html = """
                <html><head><meta name="ArticleTitle" content="某市数据条例"></head><body>
                <div class="TRS_Editor"><p onclick="steal()">第一条 为了促进数据依法有序流动，制定本条例。</p>
                <script>alert(1)</script><p><a href="javascript:alert(2)">链接</a><img src="x.png" onerror="alert(3)"></p>
                <p style="color:red"><strong>第二条</strong> 本条例适用于本市行政区域内的数据处理活动。</p></div></body></html>""";
        FetchedPage page = new FetchedPage(BASE + "a.html", BASE + "a.html", 200, "text/html",
                html.getBytes(StandardCharsets.UTF_8), Instant.now());
        Article a = ArticleExtractor.extract(new CrawledArticle("s", null, LocalDate.of(2024, 5, 30), page),
                new Source("s", "某市", SourceKind.LOCAL, null, BASE, null));
        assertThat(a.bodyHtml()).doesNotContain("script", "onclick", "onerror", "javascript:", "style=")
                .contains("<strong>第二条</strong>", "src=\"http://127.0.0.1:1/x.png\"");
        assertThat(a.publishedAt()).isEqualTo(LocalDate.of(2024, 5, 30));
    }

    @Test
    void aPageWithoutAnArticleIsAClearError() {
        FetchedPage page = new FetchedPage(BASE + "empty.html", BASE + "empty.html", 200, "text/html",
                "<html><head><title>站点首页</title></head><body><div>首页</div></body></html>".getBytes(StandardCharsets.UTF_8),
                Instant.now());
        assertThatThrownBy(() -> ArticleExtractor.extract(new CrawledArticle("s", null, null, page),
                new Source("s", "s", SourceKind.LOCAL, null, BASE, null)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining(BASE + "empty.html");
    }

    private static Source sourceFor(String listPath) {
        List<Source> sources = SourcesFile.load(TestFiles.DEMO.resolve("sources.yaml"), BASE);
        return sources.stream().filter(s -> s.list().equals(BASE + listPath)).findFirst().orElseThrow();
    }

    private static CrawledArticle crawled(Path file, String url, String contentType) throws IOException {
        FetchedPage page = new FetchedPage(url, url, 200, contentType, Files.readAllBytes(file), Instant.now());
        return new CrawledArticle("test", null, null, page);
    }
}
