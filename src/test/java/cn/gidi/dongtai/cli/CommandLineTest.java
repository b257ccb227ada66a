package cn.gidi.dongtai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "generate", "render", "send", "subscribers", "preview", "schedule"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: dongtai " + command);
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo", "generate", "render", "send", "subscribers", "preview", "schedule");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        Cli.Result r = Cli.run("generate", "--dongtai.paths.output=" + tmp.resolve("out"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--week=YYYY-MM-DD'");
    }

    @Test
    void aFailureIsOneLineWithoutAStackTrace() {
        Cli.Result r = Cli.run("render", "--issue", "2099-01", "--dongtai.paths.output=" + tmp.resolve("out"),
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--spring.datasource.url=jdbc:h2:mem:cli-" + System.nanoTime());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("dongtai: no issue '2099-01'").doesNotContain("\n").doesNotContain("at cn.");
    }

    @Test
    void scheduleShowsTheNextFiringsInShanghaiTime() {
        Cli.Result r = Cli.run("schedule", "--show", "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--dongtai.schedule.generate-cron=0 30 7 ? * FRI");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("generate  generate     0 30 7 \\? \\* FRI     \\d{4}-\\d\\d-\\d\\d 07:30:00 CST")
                .contains("send      send         0 0 15 ? * MON");
    }

    @Test
    void theDefaultDatabaseLivesOutsideOutputAndListensOnNoPort() throws Exception {
        String yml = java.nio.file.Files.readString(Path.of("src/main/resources/application.yml"));
        assertThat(yml).contains("url: jdbc:h2:file:./data/db/dongtai\n").doesNotContain("AUTO_SERVER");
        Cli.Result r = Cli.run("schedule", "--show", "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("data/db/dongtai"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(tmp.resolve("data/db/dongtai.mv.db")).exists();
    }

    @Test
    void aConfigurationThatCannotStartIsOneLine() {
        Cli.Result r = Cli.run("schedule", "--show", "--spring.datasource.url=jdbc:h2:file:relative/db");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("dongtai: cannot start:").doesNotContain("\n");
    }

    @Test
    void sourcesListShowsTheRegistry() {
        Cli.Result r = Cli.run("sources", "list");
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) sources: (\\d+) central, (\\d+) local, "
                + "(\\d+) research, (\\d+) guizhou").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isGreaterThanOrEqualTo(60);
        assertThat(Integer.parseInt(m.group(5))).isGreaterThanOrEqualTo(4);
        assertThat(r.out()).contains("国家数据局", "贵州省大数据发展管理局", "中国信通院");
    }

    @Test
    void sourcesCheckReportsEverySourcesState() {
        Path empty = tmp.resolve("empty");
        try {
            java.nio.file.Files.createDirectories(empty);
            java.nio.file.Files.writeString(empty.resolve("index.html"), "<html><body><div id=app></div></body></html>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (var site = new cn.gidi.dongtai.preview.LoopbackServer("127.0.0.1", 0)
                .files("/empty/", empty).files("/", cn.gidi.dongtai.TestFiles.DEMO_SITE).start()) {
            Path sources = tmp.resolve("sources.yaml");
            java.nio.file.Files.writeString(sources, "sources:\n"
                    + "  - {name: 中央网信办, kind: central, list: '" + site.baseUrl() + "www.cac.gov.cn/xxh/index.html'}\n"
                    + "  - {name: 停机的站点, kind: local, list: 'http://127.0.0.1:1/list.html'}\n"
                    + "  - {name: 没有列表的站点, kind: local, list: '" + site.baseUrl() + "empty/index.html'}\n");
            Cli.Result r = Cli.run("sources", "check", "--sources", sources.toString(),
                    "--dongtai.crawl.per-host-delay=10ms", "--dongtai.crawl.retries=0",
                    "--dongtai.crawl.cache=" + tmp.resolve("cache"));
            assertThat(r.exit()).as(r.err()).isEqualTo(4);
            assertThat(r.out()).containsPattern("ok +中央网信办 +\\d+ links")
                    .containsPattern("FAILED +停机的站点")
                    .containsPattern("EMPTY +没有列表的站点")
                    .contains("1 of 3 sources answered with dated links");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anInvalidCronIsNamed() {
        Cli.Result r = Cli.run("schedule", "--show", "--spring.datasource.url=jdbc:h2:mem:cron-" + System.nanoTime(),
                "--dongtai.schedule.send-cron=every monday");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("dongtai.schedule.send-cron 'every monday' is not a valid Quartz cron expression");
    }
}
