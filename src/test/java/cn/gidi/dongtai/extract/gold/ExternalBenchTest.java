package cn.gidi.dongtai.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external benchmark's runner on a two-page benchmark laid out as ../shared/reference/extraction-bench is
 * (gold.json, pages/, and that benchmark's own score.py): a page the extractor refuses is reported lost and
 * scores zero; the official-media pages are scored apart.
 */
class ExternalBenchTest {

    @Test
    void scoresEveryPageWithTheBenchmarksOwnScorerAndReportsALostPage(@TempDir Path dir) throws Exception {
        Path bench = dir.resolve("bench");
        Files.createDirectories(bench.resolve("pages"));
        Files.copy(TestFiles.shared("extraction-bench/score.py"), bench.resolve("score.py"));
        String body = "国家数据局印发《数字经济促进共同富裕实施方案》，推动数字技术和实体经济深度融合。";
        Files.writeString(bench.resolve("pages/a.html"), "<html><head><title>国家数据局印发实施方案_新华网</title></head>"
                + "<body><h1>国家数据局印发实施方案</h1><div class=\"article\"><p>" + body + "</p></div></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(bench.resolve("pages/b.html"), "<html><body></body></html>", StandardCharsets.UTF_8);
        Files.writeString(bench.resolve("gold.json"), "[{\"file\":\"a.html\",\"url\":\"https://www.news.cn/a.html\","
                + "\"site\":\"www.news.cn\",\"body\":\"" + body + "\"},{\"file\":\"b.html\",\"url\":\"https://b.example.com/b.html\","
                + "\"site\":\"b.example.com\",\"body\":\"正文\"}]", StandardCharsets.UTF_8);

        ExternalBench.Run run = ExternalBench.run(bench, dir.resolve("results"));

        assertThat(run.pages()).isEqualTo(2);
        assertThat(run.lost()).singleElement().asString().startsWith("b.html: https://b.example.com/b.html");
        assertThat(run.scoreAll()).contains("2 pages, body F1 0.500", "F1>=0.95 on 1/2");
        assertThat(run.scoreOfficial()).contains("1 pages, body F1 1.000");
        assertThat(dir.resolve("results/a.html.json")).content().contains("数字经济促进共同富裕");
    }
}
