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
        assertThat(r.out()).contains("generate cron \"0 30 7 ? * FRI\" (Asia/Shanghai), next at").contains("07:30:00 CST")
                .contains("send     cron \"0 0 9 ? * MON\"");
    }

    @Test
    void theDefaultConfigurationStartsWithItsOwnDatabaseFile() {
        Cli.Result r = Cli.run("schedule", "--show");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Path.of("output/db")).isDirectory();
    }

    @Test
    void aConfigurationThatCannotStartIsOneLine() {
        Cli.Result r = Cli.run("schedule", "--show", "--spring.datasource.url=jdbc:h2:file:relative/db");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("dongtai: cannot start:").doesNotContain("\n");
    }

    @Test
    void anInvalidCronIsNamed() {
        Cli.Result r = Cli.run("schedule", "--show", "--spring.datasource.url=jdbc:h2:mem:cron-" + System.nanoTime(),
                "--dongtai.schedule.send-cron=every monday");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("dongtai.schedule.send-cron 'every monday' is not a valid Quartz cron expression");
    }
}
