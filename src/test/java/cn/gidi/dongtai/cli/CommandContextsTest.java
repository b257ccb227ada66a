package cn.gidi.dongtai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** What a command starts: structure, not time. A command working on files has no database, job or scheduler. */
class CommandContextsTest {

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext start(String command) {
        return CommandContexts.applicationFor(command, DongtaiApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:contexts-" + System.nanoTime(),
                "--dongtai.paths.output=" + tmp.resolve("out"), "--dongtai.paths.issues=" + tmp.resolve("issues"));
    }

    @Test
    void aCommandThatWorksOnFilesStartsNoDatabaseJobOrScheduler() {
        for (String command : new String[] {"sources", "render", "extract"}) {
            try (ConfigurableApplicationContext c = start(command)) {
                assertThat(c.getBeanNamesForType(DataSource.class)).as(command).isEmpty();
                assertThat(c.getBeanNamesForType(JobRepository.class)).as(command).isEmpty();
                assertThat(c.getBeanNamesForType(JobOperator.class)).as(command).isEmpty();
                assertThat(c.getBeanNamesForType(Scheduler.class)).as(command).isEmpty();
                assertThat(Arrays.stream(c.getBeanDefinitionNames()).filter(n -> n.contains("AutoConfiguration")))
                        .as(command).isEmpty();
                // ... and still the same feature services the job uses.
                assertThat(c.getBean(IssueRenderer.class)).isNotNull();
                assertThat(c.getBean(IssueStore.class)).isNotNull();
            }
        }
    }

    @Test
    void aCommandThatSendsHasTheDatabaseAndTheJob() {
        try (ConfigurableApplicationContext c = start("send")) {
            assertThat(c.getBeanNamesForType(DataSource.class)).isNotEmpty();
            assertThat(c.getBeanNamesForType(JobRepository.class)).isNotEmpty();
        }
    }
}
