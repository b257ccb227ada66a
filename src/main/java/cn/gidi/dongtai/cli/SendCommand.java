package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.mail.SubscriberStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Mail a rendered issue (PDF attached) to every subscriber who has not had it.",
            "Uses the SMTP server named by",
            "spring.mail.host/port (SPRING_MAIL_HOST, SPRING_MAIL_PORT). Subscribers who already received the",
            "issue are not mailed again, so send can be re-run safely after a failure."})
class SendCommand implements Callable<Integer> {

    @Option(names = "--issue", required = true, paramLabel = "ID", description = "Issue id, YYYY-NN.")
    String issue;

    @Option(names = "--dry-run", description = "Say who would be mailed; send nothing, record nothing.")
    boolean dryRun;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    IssueMailer mailer;

    @Autowired
    SubscriberStore subscribers;

    @Autowired
    MailProperties mail;

    @Autowired
    cn.gidi.dongtai.issue.IssueStore drafts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (drafts.find(issue).isEmpty()) {
            throw new IllegalStateException("issue " + issue + " has no draft in " + drafts.folder(issue).getParent()
                    + ": only issues made by generate are sent (the demo's are not)");
        }
        List<Subscriber> list = subscribers.list();
        if (list.isEmpty()) {
            throw new IllegalStateException("no subscribers in " + subscribers.file()
                    + "; add some with: subscribers import FILE.csv");
        }
        if (!dryRun) {
            out.println("sending issue " + issue + " to " + list.size() + " subscriber(s) via " + mail.getHost() + ":"
                    + (mail.getPort() == null ? 25 : mail.getPort()));
        }
        SendReport report = mailer.send(issue, list, dryRun);
        report.wouldMail().forEach(r -> out.println("  would mail " + r));
        out.println(report.summary());
        report.failed().forEach(f -> out.println("  ! " + f.email() + ": " + f.reason()));
        report.uncertain().forEach(u -> out.println("  ? " + u + ": interrupted earlier; not mailed again"));
        return report.failed().isEmpty() ? 0 : 3;
    }
}
