package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.pipeline.RunHistory;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Recent runs of the weekly job (from the Spring Batch job repository), newest first:",
            "run, week, issue, outcome, start, duration and per step read/written/skipped (crawl: pages",
            "fetched/article pages/failures; extract: pages/articles/unreadable; compose: articles/items kept;",
            "mail: subscribers/sent/failed), with the failure of a run that did not complete."})
class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    @Option(names = "--last", paramLabel = "N", defaultValue = "10", description = "How many runs (default ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    RunHistory history;

    @Override
    public Integer call() {
        if (last < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--last must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RunHistory.Run> runs = history.recent(last);
        if (runs.isEmpty()) {
            out.println("no runs yet: generate --week YYYY-MM-DD, or the schedule, starts one");
            return 0;
        }
        out.printf("%4s  %-10s  %-7s  %-9s  %-14s  %8s  %s%n", "run", "week", "issue", "outcome", "started", "took",
                "steps: read/written/skipped");
        for (RunHistory.Run r : runs) {
            String steps = r.steps().stream().map(s -> s.name() + (s.status().equals("COMPLETED") ? "" : "!")
                    + " " + s.read() + "/" + s.written() + "/" + s.skipped()).collect(Collectors.joining("  "));
            out.printf("%4d  %-10s  %-7s  %-9s  %-14s  %8s  %s%n", r.id(), r.week(), r.issueId(), r.status(),
                    r.started() == null ? "-" : WHEN.format(r.started()), took(r.duration()), steps);
            for (String f : r.failures()) {
                out.println("      failed: " + (f.length() > 110 ? f.substring(0, 109) + "…" : f));
            }
        }
        return 0;
    }

    private static String took(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + "m" + String.format("%02d", d.toSecondsPart()) + "s"
                : String.format("%.1fs", d.toMillis() / 1000.0);
    }
}
