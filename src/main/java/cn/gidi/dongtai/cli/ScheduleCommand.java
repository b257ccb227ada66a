package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.schedule.ManagementServer;
import cn.gidi.dongtai.schedule.WeeklySchedule;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run the weekly schedule in the foreground (generate, then send).",
            "Quartz fires generate and, later, send on the cron expressions dongtai.schedule.generate-cron and",
            "send-cron (default Monday 08:00 and 15:00, zone dongtai.schedule.zone, Asia/Shanghai). The triggers",
            "are kept in the database: a firing missed while stopped runs once at start-up if it is within",
            "dongtai.schedule.grace-period, and is skipped (and logged) if older. A send that finds the issue",
            "not approved mails a reminder to dongtai.schedule.remind and tries again later that day."})
class ScheduleCommand implements Callable<Integer> {

    @Option(names = {"--list", "--show"}, description = "Store the triggers and print the next fire times, then exit.")
    boolean list;

    @Option(names = "--fire-now", paramLabel = "JOB",
            description = "Fire one scheduled job now (generate or send), wait for it, and exit: to try the schedule out.")
    String fireNow;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    WeeklySchedule schedule;

    @Autowired
    ManagementServer management;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
        out.printf("%-9s %-12s %-18s %-25s %s%n", "job", "trigger", "cron", "next fire", "previous fire");
        for (WeeklySchedule.Entry e : schedule.install()) {
            out.printf("%-9s %-12s %-18s %-25s %s%n", e.job(), e.trigger(), e.cron(), at(e.nextFire(), e.zone(), f),
                    at(e.previousFire(), e.zone(), f));
        }
        if (list) {
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
        String health = management.start();
        if (health != null) {
            out.println("health   " + health + "/health" + "   metrics " + health + "/prometheus (when enabled)");
        }
        out.println("scheduler running (Ctrl-C to stop: a running job finishes its current step first)");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }

    private static String at(Date d, String zone, DateTimeFormatter f) {
        return d == null ? "-" : f.format(d.toInstant().atZone(ZoneId.of(zone)));
    }
}
