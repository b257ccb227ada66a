package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.schedule.WeeklySchedule;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run the weekly schedule in the foreground (generate, then send).",
            "Quartz fires generate and, later, send on the cron expressions",
            "dongtai.schedule.generate-cron and send-cron (zone dongtai.schedule.zone, Asia/Shanghai).",
            "The schedule is kept in the database, so a missed firing runs when the scheduler is back."})
class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--show", description = "Store the triggers and print the next firings, then exit.")
    boolean show;

    @Option(names = "--fire-now", paramLabel = "JOB",
            description = "Fire one scheduled job now (generate or send), wait for it, and exit: to try the schedule out.")
    String fireNow;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    WeeklySchedule schedule;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
        for (WeeklySchedule.Entry e : schedule.install()) {
            out.printf("%-8s cron \"%s\" (%s), next at %s%n", e.job(), e.cron(), e.zone(),
                    f.format(e.nextFire().toInstant().atZone(ZoneId.of(e.zone()))));
        }
        if (show) {
            return 0;
        }
        if (fireNow != null) {
            String failure = schedule.fireNow(fireNow, java.time.Duration.ofHours(2));
            if (failure != null) {
                throw new IllegalStateException("scheduled " + fireNow + " failed: " + failure);
            }
            out.println(fireNow + " ran and finished");
            return 0;
        }
        schedule.start();
        out.println("scheduler running (Ctrl-C to stop)");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
