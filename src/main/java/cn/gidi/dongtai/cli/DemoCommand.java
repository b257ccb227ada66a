package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.Draft;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.pipeline.Delivery;
import cn.gidi.dongtai.pipeline.RunOutcome;
import cn.gidi.dongtai.pipeline.RunRequest;
import cn.gidi.dongtai.pipeline.WeeklyIssuePipeline;
import cn.gidi.dongtai.preview.LoopbackServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole pipeline offline: serves the saved source pages in content/demo/site on a loopback port,
 * crawls them with the same code as a live run, and mails the issue to the demo subscribers through an
 * in-process SMTP server. It has its own in-memory database, draft folder (output/demo/issues) and
 * subscribers (set by CommandLineEntry), so it never touches the real ones.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline offline on the bundled sample (content/demo/).",
            "Serves the saved pages on loopback, crawls them, renders the issue to output/<id>/ and mails it to the",
            "demo subscribers through an in-process SMTP server."})
class DemoCommand implements Callable<Integer> {

    @Option(names = "--week", paramLabel = "YYYY-MM-DD", defaultValue = "2024-06-03",
            description = "Issue date of the demo issue (default ${DEFAULT-VALUE}, the week the sample pages cover).")
    LocalDate week;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    WeeklyIssuePipeline pipeline;

    @Autowired
    DongtaiProperties props;

    @Autowired
    Approvals approvals;

    @Autowired
    Delivery delivery;

    @Autowired
    MailProperties mail;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path demo = props.paths().content().resolve("demo");
        GreenMail smtp = new GreenMail(new ServerSetup(mail.getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (LoopbackServer site = new LoopbackServer("127.0.0.1", 0).files("/", demo.resolve("site")).start()) {
            out.println("demo     serving " + OutcomePrinter.rel(demo.resolve("site")) + " at " + site.baseUrl()
                    + "; SMTP at 127.0.0.1:" + mail.getPort());
            out.flush();
            RunOutcome outcome = pipeline.run(new RunRequest(week, demo.resolve("sources.yaml"), site.baseUrl(), false));
            OutcomePrinter.print(out, outcome);
            // In a real week an editor reviews the draft in the console and approves it; the demo approves at once.
            Draft.Approval approval = approvals.approve(outcome.issueId(), "demo (approved automatically)");
            out.println("approve  " + outcome.issueId() + " by " + approval.by() + " (" + approval.digest() + ")");
            SendReport sent = delivery.send(outcome.issueId(), false);
            out.println("mail     " + sent.summary());
            MimeMessage[] received = smtp.getReceivedMessages();
            Path mailbox = outcome.rendered().folder().resolve("demo-mailbox");
            Files.createDirectories(mailbox);
            for (int i = 0; i < received.length; i++) {
                try (OutputStream eml = Files.newOutputStream(mailbox.resolve(String.format("%02d.eml", i + 1)))) {
                    received[i].writeTo(eml);
                }
            }
            out.printf("smtp     %d message(s) delivered to the in-process SMTP server; copies in %s%n",
                    received.length, OutcomePrinter.rel(mailbox));
            out.println("next     java -jar target/dongtai.jar preview --demo   (the editors' console for the demo's draft: "
                    + "http://127.0.0.1:8080/)");
            return 0;
        } finally {
            smtp.stop();
        }
    }
}
