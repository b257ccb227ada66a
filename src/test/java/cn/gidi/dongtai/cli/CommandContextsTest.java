package cn.gidi.dongtai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.concurrent.Threads;
import cn.gidi.dongtai.config.PlainSettings;
import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.mail.SubscriberStore;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What a command starts: structure, not time. render starts no context; a command working on files has no database,
 * job or scheduler; subscribers has the database and its store only.
 */
class CommandContextsTest {

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext start(String command, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:contexts-" + System.nanoTime(),
                "--dongtai.paths.output=" + tmp.resolve("out"), "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.paths.subscribers=" + tmp.resolve("subscribers.csv")));
        args.addAll(List.of(more));
        return CommandContexts.applicationFor(command, DongtaiApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void aCommandThatWorksOnFilesStartsNoDatabaseJobOrScheduler() {
        for (String command : new String[] {"sources", "extract", "approve"}) {
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
    void renderStartsNoSpringContextAndBuildsTheSameRenderServices() {
        assertThat(CommandContexts.withoutContext("render")).isTrue();
        RenderCommand render = new RenderCommand();
        render.issue = "2024-20";
        render.wire(PlainSettings.dongtai(PlainSettings.environment("--dongtai.paths.output=" + tmp.resolve("out"),
                "--dongtai.paths.issues=" + tmp.resolve("issues"))));
        assertThat(render.renderer.folder("2024-20")).isEqualTo(tmp.resolve("out").resolve("2024-20"));
        // The draft is read (in the background) from the configured folder: there is none there.
        assertThatThrownBy(() -> Threads.join(render.draft)).hasMessageContaining(tmp.resolve("issues").toString());
    }

    @Test
    void subscribersHasTheDatabaseAndTheSubscriberStoreOnly() {
        try (ConfigurableApplicationContext c = start("subscribers")) {
            assertThat(c.getBeanNamesForType(DataSource.class)).hasSize(1);
            SubscriberStore store = c.getBean(SubscriberStore.class);
            store.add(new Subscriber("a@example.org", "甲", "某单位"), store.defaultList());
            assertThat(store.list()).extracting(Subscriber::email).containsExactly("a@example.org");
            assertThat(c.getBeanNamesForType(JobRepository.class)).isEmpty();
            assertThat(c.getBeanNamesForType(JobOperator.class)).isEmpty();
            assertThat(c.getBeanNamesForType(Scheduler.class)).isEmpty();
            assertThat(c.getBeanNamesForType(IssueRenderer.class)).isEmpty();
            assertThat(c.getBeanNamesForType(JavaMailSender.class)).isEmpty();
            assertThat(c).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(Arrays.stream(c.getBeanDefinitionNames()).map(n -> c.getType(n) == null ? n : c.getType(n).getName()))
                    .noneMatch(n -> n.contains("batch") || n.contains("quartz") || n.contains("Quartz")
                            || n.contains("Batch") || n.contains("servlet") || n.contains("actuate"));
        }
    }

    @Test
    void subscribersMigratesTheDatabaseWithFlywayWhenTheApplicationWould() {
        // The postgres profile turns Flyway on; here on H2 with no migrations, Flyway still runs and records it.
        try (ConfigurableApplicationContext c = start("subscribers", "--spring.flyway.enabled=true",
                "--spring.flyway.locations=classpath:no-such-migrations")) {
            assertThat(c.getBeanNamesForType(Flyway.class)).hasSize(1);
            c.getBean(SubscriberStore.class);
            Integer history = new JdbcTemplate(c.getBean(DataSource.class)).queryForObject(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'FLYWAY_SCHEMA_HISTORY'", Integer.class);
            assertThat(history).isEqualTo(1);
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
