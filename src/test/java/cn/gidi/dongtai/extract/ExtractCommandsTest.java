package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The extract and bench-extraction commands, run through the real command line. */
class ExtractCommandsTest {

    private static final Path PAGE = Path.of("src/test/resources/gold/pages/nda-1.html");

    @Test
    void extractPrintsWhatTheGenericExtractorFindsInASavedPage() {
        Cli.Result r = Cli.run("extract", PAGE.toString(), "--url",
                "https://www.nda.gov.cn/sjj/swdt/sjdt/0529/20240529162012345678.html");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("title:  《全国数据资源调查报告（2023年）》发布", "date:   2024-05-29",
                "issuer: 国家工业信息安全发展研究中心", "附件：全国数据资源调查报告（2023年）.pdf");
    }

    @Test
    void extractPrintsJsonForAFileUrl() {
        Cli.Result r = Cli.run("extract", PAGE.toAbsolutePath().toUri().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("title").asString()).isEqualTo("《全国数据资源调查报告（2023年）》发布");
        assertThat(json.get("bodyHtml").asString()).startsWith("<p");
        assertThat(json.get("url").asString()).startsWith("file:");
    }

    @Test
    void extractSaysWhichFileIsMissing() {
        Cli.Result r = Cli.run("extract", "no/such/page.html");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no/such/page.html");
    }

    @Test
    void benchExtractionWritesResultsAndScoresThem(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("dongtai.json");
        Path pages = dir.resolve("pages.json");
        Cli.Result r = Cli.run("bench-extraction", "--gold", "src/test/resources/gold", "--out", results.toString(),
                "--pages", pages.toString(), "--passes", "0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("title exact match", "body char F1", "dongtai");
        assertThat(Files.readString(pages)).contains("\"charset\" : \"GB18030\"");
        Cli.Result again = Cli.run("bench-extraction", "--gold", "src/test/resources/gold", "--score", results.toString());
        assertThat(again.out()).contains("100.0%");
    }
}
