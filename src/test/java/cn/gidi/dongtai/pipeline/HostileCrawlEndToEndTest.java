package cn.gidi.dongtai.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.cli.Cli;
import cn.gidi.dongtai.crawl.HostileSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A run against a site that misbehaves in every way finishes, keeps the healthy pages and names every failure. */
class HostileCrawlEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void whenNoSourceAnswersNoIssueIsComposedAndNoNumberUsed() throws Exception {
        Path sources = tmp.resolve("dead.yaml");
        Files.writeString(sources, "sources:\n  - {name: 停机站点, kind: local, list: 'http://127.0.0.1:1/list.html'}\n");
        String[] command = {"generate", "--week", "2024-06-03", "--sources", sources.toString(),
            "--dongtai.paths.output=" + tmp.resolve("output"), "--dongtai.paths.issues=" + tmp.resolve("issues"),
            "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"), "--dongtai.crawl.retries=0"};
        Cli.Result r = Cli.run(command);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no article of the week was kept", "1 crawl failures", "--fresh");
        assertThat(tmp.resolve("issues")).doesNotExist();

        Cli.Result again = Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--fresh"))
                .toArray(String[]::new));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("no article of the week was kept");
    }

    @Test
    void aHostileSiteYieldsAnIssueFromItsHealthyPagesAndAReportOfEveryFailure() throws Exception {
        try (HostileSite site = new HostileSite()) {
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, issuer: 某省数据局, kind: local, list: '"
                    + site.url("list.html") + "'}\n");
            Cli.Result r = Cli.run("generate", "--week", "2024-06-03", "--sources", sources.toString(),
                    "--dongtai.paths.output=" + tmp.resolve("output"), "--dongtai.paths.issues=" + tmp.resolve("issues"),
                    "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                    "--dongtai.crawl.per-host-delay=10ms", "--dongtai.crawl.timeout=1s",
                    "--dongtai.crawl.retry-backoff=50ms", "--dongtai.crawl.cache=" + tmp.resolve("cache"));
            assertThat(r.exit()).as(r.err()).isZero();

            JsonNode manifest = JsonMapper.builder().build().readTree(tmp.resolve("output/2024-20/manifest.json").toFile());
            List<String> titles = new ArrayList<>();
            manifest.get("sections").forEach(s -> s.get("items").forEach(i -> titles.add(i.get("title").asString())));
            assertThat(titles).containsExactlyInAnyOrder("关于加快数据要素市场建设的实施方案", "数字经济促进条例解读",
                    "算力基础设施高质量发展意见", "人工智能产业创新发展行动计划");

            JsonNode report = JsonMapper.builder().build().readTree(tmp.resolve("output/2024-20/crawl-report.json").toFile());
            JsonNode source = report.get("sources").get(0);
            assertThat(source.get("articlesExtracted").asInt()).isEqualTo(4);
            Map<String, String> reasons = new java.util.HashMap<>();
            source.get("failures").forEach(f -> reasons.put(f.get("url").asString().replaceAll(".*/", ""),
                    f.get("reason").asString()));
            assertThat(reasons).containsOnlyKeys("slow.html", "reset.html", "error.html", "loop.html", "huge.html",
                    "image.html", "secret.html");
            assertThat(reasons.get("slow.html")).contains("timed out");
            assertThat(reasons.get("error.html")).contains("HTTP 500");
            assertThat(reasons.get("loop.html")).contains("redirects");
            assertThat(reasons.get("huge.html")).contains("larger than");
            assertThat(reasons.get("image.html")).contains("image/png");
            assertThat(reasons.get("secret.html")).contains("robots.txt");
            assertThat(r.out()).contains("! 某省数据局: " + site.url("error.html"));
            Path capture = tmp.resolve("output/2024-20/crawl.warc.gz");
            try (var reader = new org.netpreserve.jwarc.WarcReader(capture)) {
                List<String> truncated = new ArrayList<>();
                for (var record : reader) {
                    assertThat(record.version()).isEqualTo(org.netpreserve.jwarc.MessageVersion.WARC_1_1);
                    if (record instanceof org.netpreserve.jwarc.WarcResponse res
                            && res.truncated() != org.netpreserve.jwarc.WarcTruncationReason.NOT_TRUNCATED) {
                        truncated.add(res.target());
                    }
                }
                assertThat(truncated).singleElement().satisfies(u -> assertThat(u).endsWith("huge.html"));
            }

            Cli.Result replay = Cli.run("generate", "--week", "2024-06-03", "--replay", capture.toString(),
                    "--dongtai.paths.output=" + tmp.resolve("replayed/output"),
                    "--dongtai.paths.issues=" + tmp.resolve("replayed/issues"),
                    "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("replayed/db/dongtai"));
            assertThat(replay.exit()).as(replay.err()).isZero();
            assertThat(Files.readString(tmp.resolve("replayed/output/2024-20/manifest.json")))
                    .isEqualTo(Files.readString(tmp.resolve("output/2024-20/manifest.json")));
            JsonNode replayed = JsonMapper.builder().build()
                    .readTree(tmp.resolve("replayed/output/2024-20/crawl-report.json").toFile());
            Map<String, String> replayedReasons = new java.util.HashMap<>();
            replayed.get("sources").get(0).get("failures").forEach(f -> replayedReasons.put(
                    f.get("url").asString().replaceAll(".*/", ""), f.get("reason").asString()));
            assertThat(replayedReasons).containsOnlyKeys(reasons.keySet());
            assertThat(replayedReasons.get("huge.html")).contains("larger than");
        }
    }
}
