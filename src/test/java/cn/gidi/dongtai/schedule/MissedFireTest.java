package cn.gidi.dongtai.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.DongtaiApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.quartz.listeners.TriggerListenerSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * dongtai was down when the send was due. The stored trigger's next fire time is moved into the past (as if the
 * machine had been off since then) and the schedule is started again: within the grace period the send runs
 * once, for the time it was due; past it, it is skipped, logged, and the trigger waits for next week.
 */
class MissedFireTest {

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DongtaiApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--dongtai.paths.issues=" + tmp.resolve("issues"),
                "--dongtai.paths.output=" + tmp.resolve("output"),
                "--dongtai.schedule.grace-period=1h");
    }

    /** Installs the triggers in a first run, then, with dongtai stopped, makes the send due {@code ago}. */
    private Instant sendWasDue(Duration ago) throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(WeeklySchedule.class).install();
        }
        Instant due = Instant.now().minus(ago).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db/dongtai"), "sa", "");
             PreparedStatement s = c.prepareStatement(
                     "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = 'send' AND TRIGGER_GROUP = 'dongtai'")) {
            s.setLong(1, due.toEpochMilli());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        return due;
    }

    private static final class Watch {
        final List<Instant> sendsFor = new CopyOnWriteArrayList<>();
        final CountDownLatch sent = new CountDownLatch(1);
        final CountDownLatch misfired = new CountDownLatch(1);

        void on(Scheduler scheduler) throws Exception {
            scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
                @Override
                public String getName() {
                    return "test-jobs";
                }

                @Override
                public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                    if (context.getJobDetail().getKey().getName().equals("send")) {
                        sendsFor.add(context.getScheduledFireTime().toInstant());
                        sent.countDown();
                    }
                }
            });
            scheduler.getListenerManager().addTriggerListener(new TriggerListenerSupport() {
                @Override
                public String getName() {
                    return "test-misfires";
                }

                @Override
                public void triggerMisfired(Trigger trigger) {
                    if (trigger.getKey().getName().equals("send")) {
                        misfired.countDown();
                    }
                }
            }, GroupMatcher.triggerGroupEquals("dongtai"));
        }
    }

    @Test
    void aSendMissedWithinTheGracePeriodRunsOnceOnStartUpForTheTimeItWasDue() throws Exception {
        Instant due = sendWasDue(Duration.ofMinutes(20));
        try (ConfigurableApplicationContext again = start()) {
            Scheduler scheduler = again.getBean(Scheduler.class);
            WeeklySchedule schedule = again.getBean(WeeklySchedule.class);
            Watch watch = new Watch();
            watch.on(scheduler);
            schedule.install(); // same configuration: the stored trigger, and its missed time, are kept
            assertThat(scheduler.getTrigger(TriggerKey.triggerKey("send", "dongtai")).getNextFireTime().toInstant())
                    .isEqualTo(due);
            schedule.start();
            assertThat(watch.sent.await(60, TimeUnit.SECONDS)).as("the missed send ran").isTrue();
            scheduler.standby();
            assertThat(watch.sendsFor).containsExactly(due);
            assertThat(watch.misfired.getCount()).isEqualTo(1);
            Instant next = scheduler.getTrigger(TriggerKey.triggerKey("send", "dongtai")).getNextFireTime().toInstant();
            assertThat(next).isAfter(Instant.now()); // next week's, so it cannot run a second time
        }
    }

    @Test
    void aSendMissedByMoreThanTheGracePeriodIsSkippedAndTheTriggerWaitsForNextWeek() throws Exception {
        sendWasDue(Duration.ofHours(3));
        Watch watch = new Watch();
        try (ConfigurableApplicationContext again = start()) {
            Scheduler scheduler = again.getBean(Scheduler.class);
            WeeklySchedule schedule = again.getBean(WeeklySchedule.class);
            watch.on(scheduler);
            schedule.install();
            schedule.start();
            assertThat(watch.misfired.await(60, TimeUnit.SECONDS)).as("the stale send was recognised").isTrue();
        } // closing waits for the scheduler's threads, so the stored trigger is as Quartz left it
        assertThat(watch.sendsFor).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db/dongtai"), "sa", "");
             var rs = c.createStatement().executeQuery(
                     "SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'send' AND TRIGGER_GROUP = 'dongtai'")) {
            assertThat(rs.next()).isTrue();
            assertThat(Instant.ofEpochMilli(rs.getLong(1))).isAfter(Instant.now()); // next week's time
        }
    }

    @Test
    void changedConfigurationReplacesTheStoredTrigger() throws Exception {
        sendWasDue(Duration.ofHours(3));
        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(DongtaiApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/dongtai"),
                "--dongtai.schedule.send-cron=0 30 16 ? * FRI")) {
            List<WeeklySchedule.Entry> entries = again.getBean(WeeklySchedule.class).install();
            WeeklySchedule.Entry send = entries.stream().filter(e -> e.trigger().equals("send")).findFirst().orElseThrow();
            assertThat(send.cron()).isEqualTo("0 30 16 ? * FRI");
            assertThat(send.nextFire().toInstant()).isAfter(Instant.now());
            assertThat(send.nextFire().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getDayOfWeek())
                    .isEqualTo(java.time.DayOfWeek.FRIDAY);
        }
    }
}
