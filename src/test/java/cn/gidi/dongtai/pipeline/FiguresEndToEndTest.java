package cn.gidi.dongtai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.PdfText;
import cn.gidi.dongtai.cli.Cli;
import cn.gidi.dongtai.preview.LoopbackServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loopback site whose article has two figures: the first image is served, the second answers 404. The
 * generated issue prints the first with its caption and leaves the second out with its caption, and the draft
 * says why; the web page shows the figure from the store, and nothing is fetched when rendering.
 */
class FiguresEndToEndTest {

    private static final String CAPTION_1 = "图1 全国算力总规模增长情况";
    private static final String CAPTION_2 = "图2 数据要素市场规模";

    @TempDir
    Path tmp;

    @Test
    void theServedFigureIsPrintedWithItsCaptionAndTheMissingOneGoesWithItsCaptionAndIsNoted() throws Exception {
        byte[] chart = chart();
        List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (LoopbackServer site = new LoopbackServer("127.0.0.1", 0).route("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            try (exchange) {
                switch (path) {
                    case "/list.html" -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", (
                            "<html><body><ul><li><a href=\"art/suanli.html\">关于加快算力基础设施建设推进数据要素市场化配置的实施方案</a>"
                            + "<span>2024-05-30</span></li></ul></body></html>").getBytes(StandardCharsets.UTF_8));
                    case "/art/suanli.html" -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", article());
                    case "/art/fig1.png" -> LoopbackServer.send(exchange, 200, "image/png", chart);
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
            assertThat(requested).contains("/art/fig1.png", "/art/fig2.png");
        }
        // The site is gone: everything below reads only what the crawl stored.
        String draft = draftText();
        assertThat(draft).containsPattern("!\\[" + CAPTION_1 + "]\\(http://127\\.0\\.0\\.1:\\d+/art/fig1\\.png#figure=[0-9a-f]{64}\\.png\\)")
                .doesNotContain("fig2.png)").doesNotContain(CAPTION_2 + "\n");
        assertThat(draft).containsPattern("evidence: .*" + CAPTION_2 + " 未能取得：HTTP 404 Not Found http://127\\.0\\.0\\.1:\\d+/art/fig2\\.png");

        Path issue = tmp.resolve("output/2024-20");
        PdfText text = new PdfText(issue.resolve("issue.pdf"));
        List<int[]> charts = imagesOfSize(issue.resolve("issue.pdf"), 320, 160);
        assertThat(charts).as("the chart, once, on one page").hasSize(1);
        String page = PdfText.squeeze(text.pages.get(charts.get(0)[0]));
        assertThat(page).contains(PdfText.squeeze(CAPTION_1), "一、算力规模", "二、市场建设");
        assertThat(PdfText.squeeze(text.all())).doesNotContain(PdfText.squeeze(CAPTION_2));

        Document web = Jsoup.parse(issue.resolve("issue.html").toFile());
        Element figure = web.selectFirst("article figure");
        assertThat(figure).isNotNull();
        assertThat(figure.selectFirst("img").attr("src")).startsWith("data:image/png;base64,");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo(CAPTION_1);
        assertThat(web.text()).doesNotContain(CAPTION_2);
        assertThat(web.select("img[src^=http]")).isEmpty();
    }

    /** For each image of that pixel size drawn in the PDF: {page index}. */
    private static List<int[]> imagesOfSize(Path pdf, int width, int height) throws IOException {
        List<int[]> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                int n = count(doc.getPage(i).getResources(), width, height);
                for (int k = 0; k < n; k++) {
                    found.add(new int[] {i});
                }
            }
        }
        return found;
    }

    private static int count(PDResources resources, int width, int height) throws IOException {
        int n = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject img && img.getWidth() == width && img.getHeight() == height) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += count(form.getResources(), width, height);
            }
        }
        return n;
    }

    private String draftText() throws IOException {
        try (Stream<Path> files = Files.walk(tmp.resolve("issues"))) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                all.append(Files.readString(p)).append('\n');
            }
            return all.toString();
        }
    }

    private static byte[] article() {
        return ("<html><head><meta name=\"ArticleTitle\" content=\"关于加快算力基础设施建设推进数据要素市场化配置的实施方案\">"
                + "<meta name=\"PubDate\" content=\"2024-05-30\"><meta name=\"ContentSource\" content=\"某省数据局\"></head>"
                + "<body><div class=\"TRS_Editor\">"
                + "<p>为加快数字经济发展，推进算力基础设施建设和数据要素市场化配置改革，现印发本方案。</p>"
                + "<p>一、算力规模。到2026年，全省算力总规模超过20EFLOPS，智能算力占比超过35%，数据中心平均电能利用效率降至1.25以下。</p>"
                + "<p style=\"text-align:center\"><img src=\"fig1.png\" width=\"600\"></p><p style=\"text-align:center\">" + CAPTION_1 + "</p>"
                + "<p>二、市场建设。培育数据交易机构和数据商，推动公共数据授权运营，数据产业规模年均增速超过20%。</p>"
                + "<p style=\"text-align:center\"><img src=\"fig2.png\"></p><p style=\"text-align:center\">" + CAPTION_2 + "</p>"
                + "<p>三、保障措施。各地区各部门要加强组织领导，强化资金保障，推动人工智能与实体经济深度融合。</p>"
                + "</div></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chart() throws IOException {
        BufferedImage img = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 160);
        g.setColor(new Color(0x2e75b6));
        for (int i = 0; i < 5; i++) {
            g.fillRect(20 + i * 60, 120 - i * 20, 40, 40 + i * 20);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
