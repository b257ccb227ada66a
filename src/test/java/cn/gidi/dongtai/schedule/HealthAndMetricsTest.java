package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.crawl.HostileSite;
import cn.gidi.dongtai.pipeline.RunRequest;
import cn.gidi.dongtai.pipeline.WeeklyIssuePipeline;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The schedule's management port: Actuator health of the database, the scheduler and the last run, and the
 * Prometheus scrape with dongtai's counters, over real HTTP on loopback.
 */
class HealthAndMetricsTest {

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthReportsEachPartAndMetricsCountWhatTheRunDid() throws Exception {
        try (HostileSite site = new HostileSite();
             ConfigurableApplicationContext ctx = new SpringApplicationBuilder(DongtaiApplication.class).run(
                     "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                     "--dongtai.paths.issues=" + tmp.resolve("issues"),
                     "--dongtai.paths.output=" + tmp.resolve("output"),
                     "--dongtai.crawl.per-host-delay=10ms",
                     "--dongtai.schedule.management-port=0",
                     "--management.prometheus.metrics.export.enabled=true");
             ManagementServer server = ctx.getBean(ManagementServer.class)) {
            WeeklySchedule schedule = ctx.getBean(WeeklySchedule.class);
            schedule.install();
            String base = server.start();
            assertThat(base).startsWith("http://127.0.0.1:");

            HttpResponse<String> standby = get(base + "/health");
            assertThat(standby.statusCode()).isEqualTo(503); // installed but not started: the scheduler is not running
            assertThat(standby.body()).contains("\"scheduler\"", "\"running\":false", "\"db\"", "\"lastRun\"", "no run yet");

            schedule.start();
            Path sources = tmp.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - {name: 某省数据局, kind: local, list: '" + site.url("today.html") + "'}\n");
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            ctx.getBean(WeeklyIssuePipeline.class).run(new RunRequest(today, sources, null, false));

            HttpResponse<String> up = get(base + "/health");
            assertThat(up.body()).contains("\"running\":true", "\"COMPLETED\"", "\"week\":\"" + today + "\"");
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);

            HttpResponse<String> metrics = get(base + "/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("dongtai_pages_fetched_total 2.0", "dongtai_items_extracted_total 1.0",
                    "dongtai_items_kept_total 1.0");

            assertThat(get(base + "/").statusCode()).isEqualTo(404);
            assertThat(get(base + "/../data/db/dongtai.mv.db").statusCode()).isEqualTo(404);
            schedule.stop();
        }
    }
}
