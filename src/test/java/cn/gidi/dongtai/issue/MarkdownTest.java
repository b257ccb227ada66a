package cn.gidi.dongtai.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void theDocumentsOwnTextSurvivesTheTripThroughMarkdown() {
        String html = "<p>在“优化网络基础能力”任务中，‘重点’工作……包括——打造*5G*。</p><p>第二段 [1] &lt;script&gt;</p>"
                + "<table><tr><th>指标</th><th>数值</th></tr><tr><td>增加值</td><td>50%</td></tr></table>";
        String md = Markdown.fromHtml(html);
        String back = Markdown.toHtml(md);
        assertThat(Jsoup.parse(back).text()).isEqualTo(Jsoup.parse(html).text());
        assertThat(Jsoup.parse(back).select("p")).hasSize(2);
        assertThat(Jsoup.parse(back).select("td")).hasSize(2);
    }

    @Test
    void boldThatEndsOnChinesePunctuationStillPrintsBoldWithoutAsterisks() {
        String html = "<p><strong>软件业务收入保持较快增长。</strong>1—4月份，收入增长。<b>“数据二十条”</b>发布，<em>（试行）</em>实施。</p>";
        String back = Markdown.toHtml(Markdown.fromHtml(html));
        org.jsoup.nodes.Document doc = Jsoup.parse(back);
        assertThat(doc.text()).isEqualTo(Jsoup.parse(html).text()).doesNotContain("*");
        assertThat(doc.select("strong").eachText()).containsExactly("软件业务收入保持较快增长", "数据二十条");
        assertThat(doc.select("em").eachText()).containsExactly("试行");
    }

    @Test
    void htmlAnEditorTypesIsShownAsTextNeverRun() {
        String back = Markdown.toHtml("正文 <script>alert(1)</script> <img src=x onerror=alert(1)>");
        assertThat(Jsoup.parse(back).select("script, img")).isEmpty();
        assertThat(Jsoup.parse(back).text()).contains("<script>alert(1)</script>");
    }

    @Test
    void aFigureIsOneMarkdownLineAndComesBackAsAnImageWithItsCaption() {
        String src = "https://www.miit.gov.cn/art/W0.png#figure=" + "ab".repeat(32) + ".png";
        String md = Markdown.fromHtml("<p>前文。</p><p><img src=\"" + src + "\" alt=\"图 1 软件业务收入增长情况\"></p><p>后文。</p>");
        assertThat(md).contains("![图 1 软件业务收入增长情况](" + src + ")");
        var img = Jsoup.parse(Markdown.toHtml(md)).selectFirst("p > img");
        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo(src);
        assertThat(img.attr("alt")).isEqualTo("图 1 软件业务收入增长情况");
    }
}
