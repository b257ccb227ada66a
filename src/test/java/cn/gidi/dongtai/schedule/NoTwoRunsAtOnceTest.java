package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.crawl.HostileSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A second firing of generate while the first is still crawling waits (Quartz blocks it) and runs afterwards. */
class NoTwoRunsAtOnceTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondGenerateWaitsForTheFirst() throws Exception {
        JobKey generate = JobKey.jobKey("generate", "dongtai");
        try (HostileSite site = new HostileSite(); StallingSite slow = new StallingSite(site)) {
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, kind: local, list: '" + slow.listUrl() + "'}\n");
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(DongtaiApplication.class).run(
                    "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                    "--dongtai.paths.sources=" + sources,
                    "--dongtai.paths.issues=" + tmp.resolve("issues"),
                    "--dongtai.paths.output=" + tmp.resolve("output"),
                    "--dongtai.crawl.per-host-delay=10ms", "--dongtai.crawl.timeout=5m")) {
                Scheduler scheduler = ctx.getBean(Scheduler.class);
                WeeklySchedule schedule = ctx.getBean(WeeklySchedule.class);
                schedule.install();
                JobRuns runs = new JobRuns(2);
                runs.watch("this node", scheduler);
                schedule.start();
                scheduler.triggerJob(generate);
                assertThat(slow.awaitFirstCaller()).isTrue(); // the first is crawling
                scheduler.triggerJob(generate);               // ... and generate fires again

                List<Trigger.TriggerState> states = new java.util.ArrayList<>();
                for (Trigger t : scheduler.getTriggersOfJob(generate)) {
                    states.add(scheduler.getTriggerState(t.getKey()));
                }
                assertThat(states).contains(Trigger.TriggerState.BLOCKED); // the second waits for the first
                assertThat(scheduler.getCurrentlyExecutingJobs()).hasSize(1);
                assertThat(slow.listHits()).isEqualTo(1);

                slow.release();
                assertThat(runs.await()).isTrue();
                schedule.stop();
                assertThat(runs.done).containsExactly("generate@this node", "generate@this node"); // neither failed
                assertThat(slow.listHits()).isEqualTo(2); // the second ran after the first, and crawled anew
            }
        }
    }
}
