package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

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
    void aByteOrderMarkWins() {
        byte[] bytes = "\uFEFF<p>数据</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(bytes, "text/html; charset=gbk")).isEqualTo("<p>数据</p>");
    }
}
