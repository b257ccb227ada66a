package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Title, date and issuer where no meta gives them. */
class FindersTest {

    private static final String BODY = "<div class=\"text\"><p>为深入落实国家信息化规划任务部署，近日，三部门联合印发行动计划。</p>"
            + "<p>行动计划提出，到2027年，信息化标准体系布局更加完善，标准质量水平全面提升。</p></div>";

    @Test
    void thePublishDateOfAPolicyPageIsItsReleaseDateNotTheDateItWasSigned() {
        String html = """
                <html><head><title>关于印发行动计划的通知_国务院部门文件_中国政府网</title></head><body>
                <table class="bd1"><tr><td><b>发文机关：</b></td><td>国家互联网信息办公室  工业和信息化部</td></tr>
                <tr><td><b>成文日期：</b></td><td>2024年05月22日</td></tr>
                <tr><td><b>发布日期：</b></td><td>2024年05月29日</td></tr></table>%s</body></html>""".formatted(BODY);
        Article a = Pages.extract(html, "https://www.gov.cn/zhengce/zhengceku/202405/content_6954330.htm");
        assertThat(a.publishedAt()).hasToString("2024-05-29");
        assertThat(a.issuer()).isEqualTo("国家互联网信息办公室 工业和信息化部");
        assertThat(a.title()).isEqualTo("关于印发行动计划的通知");
    }

    @Test
    void aDateInTheTextDoesNotBeatTheUrlAndAStampNeedsNoLabel() {
        String html = "<html><head><title>标题一则新闻</title></head><body><h1>标题一则新闻</h1>%s<p>会议时间：2023年1月5日</p></body></html>";
        assertThat(Pages.extract(html.formatted(BODY), "https://www.ndrc.gov.cn/xwdt/202405/t20240523_1387012.html")
                .publishedAt()).hasToString("2024-05-23");
        String stamped = "<html><head><title>标题一则新闻</title></head><body><h1>标题一则新闻</h1>"
                + "<div class=\"info\">2024年05月29日11:05 | 来源：<a href=\"/\">人民网－河南频道</a></div>%s</body></html>";
        Article a = Pages.extract(stamped.formatted(BODY), "http://ha.people.com.cn/GB/index.html");
        assertThat(a.publishedAt()).hasToString("2024-05-29");
        assertThat(a.issuer()).isEqualTo("人民网－河南频道");
    }

    @Test
    void issuersArePrintedInManyWays() {
        String spaced = "<html><head><title>标题</title></head><body><h1>一则新闻的标题</h1>"
                + "<div><span>时间 : 2023-04-18 10:20:33</span><span>来源 : 广东省政务服务数据管理局</span></div>%s</body></html>";
        assertThat(Pages.extract(spaced.formatted(BODY)).issuer()).isEqualTo("广东省政务服务数据管理局");
        String classed = "<html><head><title>标题</title></head><body><h1>一则新闻的标题</h1>"
                + "<div class=\"meta\"><span class=\"article-source\">安全内参</span></div>%s</body></html>";
        assertThat(Pages.extract(classed.formatted(BODY)).issuer()).isEqualTo("安全内参");
        String self = "<html><head><title>标题</title></head><body><h1>一则新闻的标题</h1><div>来源：本网</div>%s</body></html>";
        assertThat(Pages.extract(self.formatted(BODY)).issuer()).isNull();
    }

    @Test
    void aHeadlineInsideATitleBlockOrWithoutAnyMarkingIsFound() {
        String nested = "<html><head><title>习近平主持召开座谈会-中国科普网</title></head><body>"
                + "<div class=\"detil-new-title\"><div>习近平主持召开座谈会</div><ul><li>来源：新华社</li><li>2023-12-01 14:43</li></ul></div>%s</body></html>";
        assertThat(Pages.extract(nested.formatted(BODY)).title()).isEqualTo("习近平主持召开座谈会");
        String generic = "<html><head><title>中国信息通信研究院</title></head><body><div class=\"lefttitle\">白皮书</div>"
                + "<h3 class=\"title\">云计算发展白皮书发布</h3><div>时间：2024-05-20</div>%s</body></html>";
        assertThat(Pages.extract(generic.formatted(BODY)).title()).isEqualTo("云计算发展白皮书发布");
    }

    @Test
    void aPageWhoseScriptsPrintTheDateAndShowTheTextIsStillRead() {
        String html = """
                <html><head><meta property="og:title" content="如何推进企业数字化转型">
                <meta property="og:article:author" content="数字经济研究"></head><body>
                <h1 class="rich_media_title">如何推进企业数字化转型</h1><em id="publish_time"></em>
                <div id="js_content" style="visibility: hidden;">%s<p style="display: none;">隐藏的样式标记，不是正文。</p></div>
                <script>var ct = "1718877600"; var createTime = '2024-06-20 18:00';</script></body></html>""".formatted(BODY);
        Article a = Pages.extract(html, "https://mp.weixin.qq.com/s/Yx3kQ9mZrT2bLwPaVn7cHg");
        assertThat(a.title()).isEqualTo("如何推进企业数字化转型");
        assertThat(a.publishedAt()).hasToString("2024-06-20");
        assertThat(a.issuer()).isEqualTo("数字经济研究");
        assertThat(a.bodyText()).startsWith("为深入落实").doesNotContain("隐藏");
    }
}
