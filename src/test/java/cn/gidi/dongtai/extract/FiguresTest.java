package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.crawl.FigureImage;
import cn.gidi.dongtai.text.HtmlSanitizer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final String BASE = "https://www.miit.gov.cn/gxsj/art/2024/";

    @Test
    void eachImageTakesItsCaptionFromBelowAboveAFigcaptionOrItsOwnLine() {
        String html = HtmlSanitizer.clean("<p>一、总体情况。</p>"
                + "<p style=\"text-align:center\"><img src=\"./a.png\" width=\"600\"></p><p>图 1 软件业务收入增长情况</p>"
                + "<p>正文第二段，说明图2。</p>"
                + "<figure><img src=\"b.png\"><figcaption>图2 利润总额</figcaption></figure>"
                + "<p><img src=\"c.png\">图3 出口增长</p>"
                + "<p>图4 分地区收入</p><p><img src=\"d.png\"></p>"
                + "<p><img src=\"e.png\"></p><p>没有图题的段落，照常保留。</p>", BASE);
        Document doc = Jsoup.parseBodyFragment(Figures.place(html));
        assertThat(doc.select("img").eachAttr("alt"))
                .containsExactly("图 1 软件业务收入增长情况", "图2 利润总额", "图3 出口增长", "图4 分地区收入", "");
        // every image alone in its paragraph, each caption gone from the text, the prose kept in order
        doc.select("img").forEach(img -> assertThat(img.parent().tagName()).isEqualTo("p"));
        doc.select("img").forEach(img -> assertThat(img.parent().text()).isEmpty());
        assertThat(doc.select("figure, figcaption")).isEmpty();
        assertThat(doc.text()).isEqualTo("一、总体情况。 正文第二段，说明图2。 没有图题的段落，照常保留。");
        assertThat(Figures.sources(doc.body().html())).containsExactly(BASE + "a.png", BASE + "b.png", BASE + "c.png",
                BASE + "d.png", BASE + "e.png");
    }

    @Test
    void aStoredImagePointsAtItsCopyAndOneThatCouldNotBeHadGoesWithItsCaptionAndIsNoted() {
        String placed = Figures.place(HtmlSanitizer.clean("<p>前文。</p><p><img src=\"a.png\"></p><p>图1 收入</p>"
                + "<p><img src=\"b.png\"></p><p>图2 利润</p><p>后文。</p>", BASE));
        String name = "0123456789abcdef".repeat(4) + ".png";
        Figures.Attached a = Figures.attach(placed, List.of(new FigureImage(BASE + "a.png", name, null),
                new FigureImage(BASE + "b.png", null, "HTTP 404 Not Found")));
        Document doc = Jsoup.parseBodyFragment(a.html());
        assertThat(doc.select("img")).hasSize(1);
        assertThat(doc.selectFirst("img").attr("src")).isEqualTo(BASE + "a.png#figure=" + name);
        assertThat(doc.text()).isEqualTo("前文。 后文。").doesNotContain("图2");
        assertThat(a.notes()).containsExactly("图2 利润 未能取得：HTTP 404 Not Found " + BASE + "b.png");
    }

    @Test
    void withoutAFetchTheImagesStayAsTheyAre() {
        String placed = Figures.place(HtmlSanitizer.clean("<p><img src=\"a.png\"></p><p>图1 收入</p>", BASE));
        assertThat(Figures.attach(placed, List.of()).html()).isEqualTo(placed);
    }
}
