package cn.gidi.dongtai.text;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.crawl.FetchedPage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/pages");

    @Test
    void gbkBytesDeclaredAsGbkAreReadAsGb18030() throws IOException {
        byte[] bytes = Files.readAllBytes(TestFiles.shared("real-pages/shanxi_1_gbk.html"));
        assertThat(PageDecoder.charsetOf(bytes, null)).isEqualTo(Charset.forName("GB18030"));
        assertThat(PageDecoder.decode(bytes, null)).contains("山西品牌丝路行（南美站）正式启动");
    }

    @Test
    void gbkBytesWithoutAnyDeclarationAreDetected() throws IOException {
        byte[] bytes = Files.readAllBytes(TestFiles.shared("real-pages/shanxi_1_gbk_undeclared.html"));
        assertThat(PageDecoder.decode(bytes, "text/html")).contains("山西品牌丝路行（南美站）正式启动");
    }

    @Test
    void utf8BytesMislabelledAsGb2312AreReadAsUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(TestFiles.shared("real-pages/people_1.html"));
        assertThat(new String(bytes, StandardCharsets.US_ASCII).toLowerCase()).contains("charset=gb2312");
        assertThat(PageDecoder.charsetOf(bytes, "text/html; charset=GB2312")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(bytes, "text/html; charset=GB2312")).contains("女儿出嫁，郑板桥画了几笔兰花当嫁妆");
    }

    @Test
    void theGoldSetsGbkPagesReadWithoutALostCharacter() throws IOException {
        // declared gb2312 in a meta, declared gbk, and not declared at all: GBK bytes every time
        assertGbk("whdh-1.html", "武汉东湖高新区关于推动数字经济高质量发展的若干措施");
        assertGbk("people-1.html", "河南省工信厅等五部门联合发文 支持高校教师创办软件企业");
        assertGbk("gzdsj-2.html", "贵州数字经济发展回顾");
        byte[] undeclared = Files.readAllBytes(GOLD.resolve("gzdsj-2.html"));
        assertThat(new String(undeclared, StandardCharsets.US_ASCII).toLowerCase()).doesNotContain("charset");
    }

    @Test
    void aGoldPageThatSaysGb2312ButIsUtf8IsReadAsUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(GOLD.resolve("people-3.html"));
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("charset=GB2312");
        assertThat(PageDecoder.charsetOf(bytes, "text/html; charset=gb2312")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aSourcesCharsetOverridesWhatThePageSays() {
        byte[] gbk = "<html><head><meta charset=\"utf-8\"><title>数据要素</title></head></html>".getBytes(Charset.forName("GBK"));
        FetchedPage page = new FetchedPage("http://a/", "http://a/", 200, "text/html; charset=big5", gbk, Instant.now());
        assertThat(page.document("gbk").title()).isEqualTo("数据要素");
        assertThat(page.document(" ").title()).isNotEqualTo("数据要素"); // blank: no override
        assertThat(page.document("no-such-charset").title()).isNotEqualTo("数据要素");
    }

    @Test
    void aPageCutOffInsideACharacterIsStillUtf8() {
        byte[] whole = "<p>数据要素市场</p>".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 6); // ends inside 场
        assertThat(PageDecoder.charsetOf(cut, "text/html; charset=gb2312")).isEqualTo(StandardCharsets.UTF_8);
    }

    private static void assertGbk(String file, String title) throws IOException {
        byte[] bytes = Files.readAllBytes(GOLD.resolve(file));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\uFFFD");
        assertThat(PageDecoder.charsetOf(bytes, null)).isEqualTo(Charset.forName("GB18030"));
        String text = PageDecoder.decode(bytes, null);
        assertThat(text).contains(title).doesNotContain("\uFFFD");
    }

    @Test
    void aByteOrderMarkWins() {
        byte[] bytes = "\uFEFF<p>数据</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(bytes, "text/html; charset=gbk")).isEqualTo("<p>数据</p>");
    }
}
