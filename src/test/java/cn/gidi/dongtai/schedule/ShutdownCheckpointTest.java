package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.crawl.HostileSite;
import cn.gidi.dongtai.pipeline.RunHistory;
import cn.gidi.dongtai.pipeline.RunOutcome;
import cn.gidi.dongtai.pipeline.RunRequest;
import cn.gidi.dongtai.pipeline.WeeklyIssuePipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the schedule while generate is crawling: the crawl step finishes and is recorded, the job stops before
 * extract, and the next run of the same week resumes at extract without crawling again.
 */
class ShutdownCheckpointTest {

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext start(Path sources) {
        return new SpringApplicationBuilder(DongtaiApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--dongtai.paths.sources=" + sources,
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.crawl.per-host-delay=10ms", "--dongtai.crawl.retries=0", "--dongtai.crawl.timeout=5m");
    }

    @Test
    void aShutdownLetsTheRunningStepFinishAndTheNextRunResumesAfterIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (HostileSite site = new HostileSite(); StallingSite slow = new StallingSite(site)) {
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, kind: local, list: '" + slow.listUrl() + "'}\n");

            ConfigurableApplicationContext first = start(sources);
            WeeklySchedule schedule = first.getBean(WeeklySchedule.class);
            schedule.install();
            schedule.start();
            first.getBean(Scheduler.class).triggerJob(JobKey.jobKey("generate", "dongtai"));
            assertThat(slow.awaitFirstCaller()).as("generate is crawling").isTrue();

            WeeklyIssuePipeline pipeline = first.getBean(WeeklyIssuePipeline.class);
            CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close); // Ctrl-C: the context closes
            while (!pipeline.stopRequested(today)) {
                Thread.sleep(10); // until the shutdown has asked the job to stop at its next step
            }
            assertThat(closing).isNotDone(); // ... and waits for the crawl step to finish
            slow.release();
            closing.get(120, TimeUnit.SECONDS);

            try (ConfigurableApplicationContext second = start(sources)) {
                RunHistory.Run stopped = second.getBean(RunHistory.class).last().orElseThrow();
                assertThat(stopped.status()).isEqualTo("STOPPED");
                assertThat(stopped.steps()).extracting(RunHistory.StepRun::name, RunHistory.StepRun::status)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("crawl", "COMPLETED"),
                                org.assertj.core.groups.Tuple.tuple("extract", "STOPPED"));
                assertThat(stopped.steps().get(0).written()).isEqualTo(1); // the crawl's article page is recorded

                RunOutcome resumed = second.getBean(WeeklyIssuePipeline.class)
                        .run(new RunRequest(today, sources, null, false));
                assertThat(resumed.restarted()).isTrue();
                assertThat(resumed.rendered().contents().itemCount()).isEqualTo(1);
                assertThat(slow.listHits()).isEqualTo(1); // resumed at extract: nothing crawled again
            }
        }
    }
}
