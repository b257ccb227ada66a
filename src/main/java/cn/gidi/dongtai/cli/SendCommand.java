package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.pipeline.Delivery;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Mail an approved issue (PDF attached) to every subscriber who has not had it.",
            "Refuses an issue that is not approved, or that changed after approval (see approve).",
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
    Delivery delivery;

    @Autowired
    MailProperties mail;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!dryRun) {
            out.println("sending issue " + issue + " via " + mail.getHost() + ":"
                    + (mail.getPort() == null ? 25 : mail.getPort()));
        }
        SendReport report = delivery.send(issue, dryRun);
        report.wouldMail().forEach(r -> out.println("  would mail " + r));
        out.println(report.summary());
        report.failed().forEach(f -> out.println("  ! " + f.email() + ": " + f.reason()));
        report.uncertain().forEach(u -> out.println("  ? " + u + ": interrupted earlier; not mailed again"));
        return report.failed().isEmpty() ? 0 : 3;
    }
}
