package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.cli.Cli;
import cn.gidi.dongtai.crawl.HostileSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule's generate job, fired through Quartz's persistent store, runs the weekly pipeline. */
class ScheduleFiresPipelineTest {

    @TempDir
    Path tmp;

    @Test
    void firingTheGenerateJobComposesAndRendersTheIssueDatedThatDay() throws Exception {
        try (HostileSite site = new HostileSite()) {
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, kind: local, list: '" + site.url("today.html") + "'}\n");
            Cli.Result r = Cli.run("schedule", "--fire-now", "generate",
                    "--dongtai.paths.sources=" + sources, "--dongtai.paths.output=" + tmp.resolve("output"),
                    "--dongtai.paths.issues=" + tmp.resolve("issues"),
                    "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                    "--dongtai.crawl.per-host-delay=10ms");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("generate ran and finished");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            try (Stream<Path> drafts = Files.list(tmp.resolve("issues"))) {
                Path draft = drafts.findFirst().orElseThrow().resolve("issue.yaml");
                assertThat(Files.readString(draft)).contains("\ndate: " + today + "\n", "state: draft");
                String id = draft.getParent().getFileName().toString();
                assertThat(tmp.resolve("output").resolve(id).resolve("issue.pdf")).exists();
            }
            assertThat(site.hits("ok.html")).isEqualTo(1); // the article listed today was crawled
        }
    }
}
