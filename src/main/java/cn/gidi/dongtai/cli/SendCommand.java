package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.mail.DeliveryProgress;
import cn.gidi.dongtai.mail.MailDelivery;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.mail.Subscriber;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Mail an approved issue (PDF attached) to every subscriber of a list who has not had it.",
            "Refuses an issue that is not approved, or that changed after approval (see approve).",
            "SMTP server: spring.mail.* (SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME/PASSWORD: TLS is",
            "then required). Every message is recorded in the delivery ledger before and after it goes out, so send",
            "can be re-run (or resumed after a crash) safely: deferred messages are retried, nobody is mailed twice.",
            "Exit 0: all sent; 3: some deferred or failed; 1: the run stopped (see the reason) or was refused."})
class SendCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Option(names = "--issue", required = true, paramLabel = "ID", description = "Issue id, YYYY-NN.")
    String issue;

    @Option(names = "--list", paramLabel = "NAME", description = "Subscriber list to mail (default: dongtai.mail.list).")
    String list;

    @Option(names = "--dry-run", description = "Say who would be mailed; send nothing, record nothing.")
    boolean dryRun;

    @Option(names = "--status", description = "Report where the issue's delivery stands (sent, deferred, failed, "
            + "pending, with reasons); send nothing.")
    boolean status;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    MailDelivery delivery;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String listName = list == null ? delivery.defaultList() : list;
        if (status) {
            SendReport r = delivery.report(issue);
            print(out, r, true);
            return r.subscribers() == 0 || r.finished() && r.failed().isEmpty() ? 0 : 3;
        }
        if (dryRun) {
            List<Subscriber> would = delivery.dryRun(issue, listName);
            would.forEach(s -> out.println("  would mail " + (s.name().isBlank() ? s.email() : s.name() + " <" + s.email() + ">")));
            out.println("dry run: " + would.size() + " subscriber(s) of list '" + listName + "' would be mailed issue " + issue);
            return 0;
        }
        out.println("sending issue " + issue + " to list '" + listName + "' via " + delivery.server());
        out.flush();
        SendReport r;
        try (Bar bar = System.console() != null ? new Bar() : null) {
            r = delivery.send(issue, listName, bar);
        }
        print(out, r, false);
        return r.stopped() != null ? 1 : r.finished() && r.failed().isEmpty() ? 0 : 3;
    }

    private static void print(PrintWriter out, SendReport r, boolean detail) {
        out.println(r.summary());
        if (detail) {
            out.printf("  sent %d, deferred %d, failed %d, pending %d%n", r.sent(), r.deferred().size(), r.failed().size(),
                    r.pending());
            r.deferred().forEach(d -> out.println("  ~ " + d.email() + ": deferred after " + d.attempts() + " attempt(s): "
                    + d.reason() + (d.nextAttempt() == null ? "" : "; next try after " + TIME.format(d.nextAttempt()))));
        }
        r.failed().forEach(f -> out.println("  ! " + f.email() + ": " + f.reason()));
        r.possibleDuplicates().forEach(d -> out.println("  ? " + d + ": possibly received twice (in flight when a run "
                + "was killed; both copies carry the same Message-ID)"));
    }

    /** The progress bar on a terminal (nothing when output is redirected). */
    private static final class Bar implements DeliveryProgress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public synchronized void started(String issueId, int total, int done) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("issue " + issueId).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" msg", 1).build();
            }
            bar.maxHint(total);
            bar.stepTo(done);
        }

        @Override
        public synchronized void settled(String email, String outcome, boolean done) {
            if (bar != null && done) {
                bar.step();
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
