package cn.gidi.dongtai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.crawl.HostileSite;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status reads the runs back from the Batch repository: one that completed, one that failed, with counts. */
class StatusCommandTest {

    @TempDir
    Path tmp;

    private Cli.Result run(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--dongtai.crawl.per-host-delay=10ms", "--dongtai.crawl.retries=0"));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void statusListsRecentRunsWithTheirStepsCountsAndFailures() throws Exception {
        assertThat(run("status").out()).contains("no runs yet");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String nextWeek = LocalDate.parse(today).plusDays(7).toString();
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        try (HostileSite site = new HostileSite()) {
            Path good = tmp.resolve("good.yaml");
            Files.writeString(good, "sources:\n  - {name: 某省数据局, kind: local, list: '" + site.url("today.html") + "'}\n");
            assertThat(run("generate", "--week", today, "--sources", good.toString()).exit()).isZero();
        }
        Path dead = tmp.resolve("dead.yaml");
        Files.writeString(dead, "sources:\n  - {name: 停机站, kind: local, list: 'http://127.0.0.1:" + deadPort + "/list.html'}\n");
        assertThat(run("generate", "--week", nextWeek, "--sources", dead.toString()).exit()).isEqualTo(1);

        Cli.Result status = run("status");
        assertThat(status.exit()).as(status.err()).isZero();
        List<String> lines = status.out().lines().toList();
        assertThat(lines.get(0)).contains("run", "week", "issue", "outcome", "started", "took", "steps");
        assertThat(lines.get(1)).contains(nextWeek, "FAILED", "crawl 0/0/1", "extract 0/0/0", "compose!");
        assertThat(lines.get(2)).contains("failed: compose: no article of the week was kept");
        // Without --send the mail flow is not entered: the run ends after render.
        assertThat(lines.get(3)).contains(today, "COMPLETED", "crawl 2/1/0", "extract 1/1/0", "compose 1/1/0",
                "render 0/0/0").doesNotContain("admitIssue");
        assertThat(lines).hasSize(4);

        assertThat(run("status", "--last", "1").out().lines()).hasSize(3);
        assertThat(run("status", "--last", "0").exit()).isEqualTo(2);
    }
}
