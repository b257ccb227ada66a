package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What sits around and inside an article body on official sites, and must not reach the brief. */
class NoiseRemovalTest {

    private static final String P1 = "为深入落实国家信息化规划任务部署，近日，三部门联合印发行动计划。";
    private static final String P2 = "行动计划提出，到2027年，信息化标准体系布局更加完善，标准质量水平全面提升。";
    private static final String P3 = "行动计划从加强统筹协调、强化政策支持等方面提出组织保障要求，确保目标任务落到实处。";

    private static String page(String before, String inside, String after) {
        return """
                <html><head><title>三部门印发信息化标准建设行动计划_工作动态_某某局</title></head><body>
                <div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xwdt/">新闻动态</a></div>
                <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">工作动态</a></div>
                <div class="article">
                <h1>三部门印发信息化标准建设行动计划</h1>
                %s
                <div class="content">
                <p>%s</p><p>%s</p><p>%s</p>
                %s
                </div>
                %s
                </div>
                <div class="footer"><p>主办单位：某某局 网站标识码：1234567890 京ICP备12345678号</p></div>
                </body></html>""".formatted(before, P1, P2, P3, inside, after);
    }

    @Test
    void keepsOnlyTheArticleParagraphs() {
        Article a = Pages.extract(page(
                "<div class=\"info\">发布时间：2024-05-28 来源：某某局 【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】</div>",
                """
                <p style="text-align:right">（责任编辑：王洋）</p>
                <p>编辑 刘畅</p><p>二审 李明</p><p>三审 王伟</p>
                <div class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin"></a></div>
                <div class="ewm"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
                <p><b>相关链接：</b></p>
                <p><a href="/a/1.html">全省数字经济发展大会召开</a></p>
                <p><a href="/a/2.html">数字经济核心产业统计分类说明</a></p>
                """,
                """
                <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
                <div class="related"><h3>相关阅读</h3><ul><li><a href="/a/3.html">数据要素市场建设进展</a></li><li><a href="/a/4.html">算力基础设施发展</a></li></ul></div>
                <p class="statement">声明：本网站所刊登的内容，如需转载，请注明出处。</p>
                """));
        assertThat(a.bodyText()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
        assertThat(a.title()).isEqualTo("三部门印发信息化标准建设行动计划");
        assertThat(a.publishedAt()).hasToString("2024-05-28");
        assertThat(a.issuer()).isEqualTo("某某局");
    }

    @Test
    void dropsReaderCommentsAndSidebarsFullOfSentences() {
        String comments = """
                <div class="m-comment"><h3>网友评论</h3><ul>
                <li><span>数字观察员</span><p>文章分析得很透彻，各地在推进数字化转型时，确实要把基础设施建设和人才培养放在同等重要的位置。</p></li>
                <li><span>山城网友</span><p>希望相关政策能尽快落地，让中小企业也能享受到数字经济发展的红利，不要只停留在文件上。</p></li>
                </ul></div>
                <div class="content-right"><h3>最新研究</h3><ul>
                <li><a href="/r/1.html">我国数据要素市场建设进展与展望</a><p>数据要素市场化配置改革持续深化，各地积极探索数据确权、定价、交易和收益分配机制。</p></li>
                <li><a href="/r/2.html">算力基础设施高质量发展研究</a><p>算力已成为新质生产力的重要组成部分，报告提出了优化算力供给结构的政策建议。</p></li>
                </ul></div>""";
        Article a = Pages.extract(page("", "", comments));
        assertThat(a.bodyText()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void takesTheTitleAndDateLineOutOfABodyThatHoldsThem() {
        String html = """
                <html><head><title>某市大数据发展管理局</title></head><body>
                <table><tr><td><a href="/">首页</a> | <a href="/news.asp">工作动态</a></td></tr></table>
                <table><tr><td class="content">
                <p align="center"><font size="4"><b>某市召开数字经济发展推进会</b></font></p>
                <p align="center">发布时间：2024-06-05　来源：某市大数据局　点击数：836</p>
                <p>%s</p><p>%s</p><p>%s</p>
                <p align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</p>
                </td></tr></table></body></html>""".formatted(P1, P2, P3);
        Article a = Pages.extract(html, "http://dsjj.example.gov.cn/news_view.asp?id=3412");
        assertThat(a.title()).isEqualTo("某市召开数字经济发展推进会");
        assertThat(a.publishedAt()).hasToString("2024-06-05");
        assertThat(a.issuer()).isEqualTo("某市大数据局");
        assertThat(a.bodyText()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void keepsAttachmentsTablesHeadingsAndBoldLeadIns() {
        String inside = """
                <p><strong>一、总体要求</strong></p>
                <p><strong>政府协调、市场驱动。</strong>充分发挥政府统筹协调和政策保障作用。</p>
                <table border="1"><tr><td>指标</td><td>2023年</td></tr><tr><td>算力规模</td><td>230EFLOPS</td></tr></table>
                <p>附件：<a href="./P020240528.pdf">行动计划全文.pdf</a></p>""";
        Article a = Pages.extract(page("", inside, ""));
        assertThat(a.bodyText()).endsWith("""
                一、总体要求
                政府协调、市场驱动。充分发挥政府统筹协调和政策保障作用。
                指标 2023年
                算力规模 230EFLOPS
                附件：行动计划全文.pdf""");
        assertThat(a.bodyHtml()).contains("<strong>政府协调、市场驱动。</strong>", "<table>", "<td>算力规模</td>");
    }

    @Test
    void keepsParagraphsWrittenAsDivsOrBreaks() {
        String divs = "<div>　　" + P1 + "</div><div>　　" + P2 + "</div>";
        assertThat(Pages.extract(page("", divs, "")).bodyHtml()).contains("<p>　　" + P1 + "</p>");
        String html = """
                <html><head><title>三部门印发信息化标准建设行动计划</title></head><body>
                <div id="zoom"><font style="font-size:16px">　　%s<br><br>　　%s<br><br>　　%s<br><br></font></div>
                </body></html>""".formatted(P1, P2, P3);
        assertThat(Pages.extract(html).bodyText()).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }
}
