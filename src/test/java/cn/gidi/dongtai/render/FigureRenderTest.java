package cn.gidi.dongtai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gidi.dongtai.PdfText;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.files.FigureStore;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import cn.gidi.dongtai.issue.IssueStatus;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures the crawl stored are printed from the store only: a small chart at its natural size at 150 dpi, a
 * wide one scaled to the text width, each with its caption on the same page; a name the store does not hold
 * (or that is not a name) prints nothing, and says so.
 */
class FigureRenderTest {

    @TempDir
    Path out;

    @Test
    void storedFiguresArePrintedAtTheirNaturalSizeOrTheTextWidthWithTheirCaptions() throws IOException {
        FigureStore store = FigureStore.under(out);
        String small = store.put(png(320, 160), "png");
        String wide = store.put(png(2000, 600), "png");
        String body = "<p>第一段：推进数据要素市场化配置改革，加快建设全国一体化算力网络。</p>"
                + "<p><img src=\"https://www.example.gov.cn/a.png#figure=" + small + "\" alt=\"图1 小图\"></p>"
                + "<p>第二段：支持人工智能大模型在政务、制造、医疗等领域的应用示范。</p>"
                + "<p><img src=\"https://www.example.gov.cn/b.png#figure=" + wide + "\" alt=\"图2 宽图\"></p>"
                + "<p><img src=\"https://www.example.gov.cn/c.png#figure=" + "0".repeat(64) + ".png\" alt=\"图3 未存的图\"></p>"
                + "<p><img src=\"https://www.example.gov.cn/d.png#figure=../../etc/passwd\" alt=\"图4 不是名字\"></p>"
                + "<p>第三段：完善数据安全治理体系。</p>";
        Issue issue = new Issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183, LocalDate.of(2024, 5, 28),
                LocalDate.of(2024, 6, 3), IssueStatus.DRAFT, Instant.now(), List.of(new IssueItem("item-01",
                Section.FRONTIER, "软件业经济运行情况", "工业和信息化部", "https://www.example.gov.cn/art.html",
                LocalDate.of(2024, 5, 28), null, body, "测试")));
        RenderedIssue rendered = cn.gidi.dongtai.TestFiles.renderer(out).render(issue);

        List<float[]> drawn = drawnImages(rendered.pdf());
        // QR code and the two figures; the figures by their pixel size
        float[] chart = drawn.stream().filter(d -> d[1] == 320).findFirst().orElseThrow();
        float[] broad = drawn.stream().filter(d -> d[1] == 2000).findFirst().orElseThrow();
        assertThat(drawn).hasSize(3);
        assertThat(chart[2]).as("320 px at 150 dpi, in points").isCloseTo(320 / 150f * 72, within(1.5f));
        assertThat(chart[3]).isCloseTo(160 / 150f * 72, within(1.5f));
        assertThat(broad[2]).as("the text width, 170 mm").isCloseTo(170 / 25.4f * 72, within(2f));
        assertThat(broad[3] / broad[2]).isCloseTo(600 / 2000f, within(0.01f));
        PdfText text = new PdfText(rendered.pdf());
        assertThat(PdfText.squeeze(text.pages.get((int) chart[0]))).contains("图1小图");
        assertThat(PdfText.squeeze(text.pages.get((int) broad[0]))).contains("图2宽图");
        assertThat(PdfText.squeeze(text.all())).doesNotContain("未存的图", "不是名字");
        assertThat(rendered.contents().warnings()).anySatisfy(w -> assertThat(w).contains("item-01", "图3 未存的图"))
                .anySatisfy(w -> assertThat(w).contains("item-01", "图4 不是名字"));

        Document web = Jsoup.parse(rendered.html().toFile());
        assertThat(web.select("article figure img").eachAttr("src")).hasSize(2)
                .allSatisfy(src -> assertThat(src).startsWith("data:image/png;base64,"));
        assertThat(web.select("article figcaption").eachText()).containsExactly("图1 小图", "图2 宽图");
        // the e-mail carries no figures (its contents link to the web edition or the originals)
        assertThat(Files.readString(rendered.emailHtml())).doesNotContain("<figure", "图1 小图");
    }

    /** Each image drawn: {page index, pixel width, width in points, height in points}. */
    private static List<float[]> drawnImages(Path pdf) throws IOException {
        List<float[]> drawn = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                int index = i;
                PDPage page = doc.getPage(i);
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void drawImage(PDImage image) {
                        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        drawn.add(new float[] {index, image.getWidth(), m.getScalingFactorX(), m.getScalingFactorY()});
                    }

                    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
                    @Override public void clip(int windingRule) { }
                    @Override public void moveTo(float x, float y) { }
                    @Override public void lineTo(float x, float y) { }
                    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                    @Override public Point2D getCurrentPoint() {
                        return new Point2D.Float();
                    }
                    @Override public void closePath() { }
                    @Override public void endPath() { }
                    @Override public void strokePath() { }
                    @Override public void fillPath(int windingRule) { }
                    @Override public void fillAndStrokePath(int windingRule) { }
                    @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }

                    void run() throws IOException {
                        processPage(page);
                    }
                }.run();
            }
        }
        return drawn;
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xed7d31));
        g.fillRect(width / 10, height / 4, width / 3, height / 2);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }
}
