package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pages exported from Word: MsoNormal paragraphs, every run of text in its own span/font, runs one
 * character long. Every character of the article comes through.
 */
class WordMarkupTest {

    /** Splits the text into runs of the given lengths, each in span/font markup as Word writes it. */
    private static String runs(String text, int... lengths) {
        StringBuilder out = new StringBuilder("<p class=\"MsoNormal\" style=\"text-indent:32.0pt;mso-char-indent-count:2.0\">");
        int at = 0;
        int k = 0;
        while (at < text.length()) {
            int n = Math.min(lengths[k++ % lengths.length], text.length() - at);
            String run = text.substring(at, at + n);
            out.append(k % 2 == 0
                    ? "<span style=\"font-size:16.0pt;font-family:仿宋_GB2312\"><font face=\"仿宋_GB2312\">" + run + "</font></span>"
                    : "<span lang=\"EN-US\" style=\"font-size:16.0pt\">" + run + "<o:p></o:p></span>");
            at += n;
        }
        return out.append("</p>").toString();
    }

    @Test
    void runsSplitAcrossSpansAndFontsComeThroughWhole() {
        String first = "今年以来，全市各级各部门认真贯彻落实党中央、省委关于数字经济发展的决策部署，大数据产业规模持续扩大。";
        String second = "1至5月，全市规模以上电子信息制造业增加值同比增长12.3%，软件和信息技术服务业收入增长15.6%。";
        String third = "来源于政务数据共享平台的数据显示，中小企业上云用数赋智成效明显。";
        String html = "<html><head><title>1至5月全市数字经济运行情况_某市统计局</title></head><body>"
                + "<div class=\"WordSection1\" style=\"layout-grid:15.6pt\">"
                + "<p class=\"MsoNormal\" align=\"center\"><b><span style=\"font-size:22.0pt\"><font face=\"方正小标宋简体\">"
                + "1至5月全市数字经济运行情况</font></span></b></p>"
                + runs(first, 1, 1, 4, 1, 2, 1, 7, 1, 3)
                + runs(second, 2, 1, 1, 5, 1, 9)
                + runs(third, 2, 1, 3, 1, 1, 6)
                + "</div></body></html>";
        Article a = Pages.extract(html);
        String body = a.bodyText().replaceAll("\\s+", "");
        assertThat(body).contains(first, second, third);
        assertThat(a.title()).isEqualTo("1至5月全市数字经济运行情况");
    }

    @Test
    void aTitleInsideTheBodyOrOnlyAHeadingStillGivesTheArticle() {
        String prose = "<p>新华社石家庄5月15日电 河北省近日出台措施，加快推进算力基础设施建设，推动人工智能与实体经济深度融合，"
                + "到2025年全省算力规模超过10EFLOPS。</p><p>措施提出，支持张家口、廊坊等地建设数据中心集群。</p>";
        Article inBody = Pages.extract("<html><head></head><body><title>河北加快推进算力基础设施建设-新华网</title>"
                + "<h1 id=\"title\">河北加快推进算力基础设施建设</h1><div id=\"detail\">" + prose + "</div></body></html>");
        assertThat(inBody.title()).isEqualTo("河北加快推进算力基础设施建设");
        Article noTitle = Pages.extract("<html><body><h2>河北加快推进算力基础设施建设</h2><div>" + prose + "</div></body></html>");
        assertThat(noTitle.title()).isEqualTo("河北加快推进算力基础设施建设");
        assertThat(noTitle.bodyText()).contains("到2025年全省算力规模超过10EFLOPS");
    }
}
