package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.mail.SubscriberStore;
import cn.gidi.dongtai.render.IssueRenderer;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The one way an issue reaches subscribers, whoever asks (the send command, the schedule, generate --send):
 * only an approved issue whose draft and rendered files are still what was approved. When every subscriber
 * has it, the issue is marked sent.
 */
@Service
@Lazy
public class Delivery {

    private final Approvals approvals;
    private final IssueMailer mailer;
    private final SubscriberStore subscribers;
    private final IssueRenderer renderer;

    Delivery(Approvals approvals, IssueMailer mailer, SubscriberStore subscribers, IssueRenderer renderer) {
        this.approvals = approvals;
        this.mailer = mailer;
        this.subscribers = subscribers;
        this.renderer = renderer;
    }

    public SendReport send(String issueId, boolean dryRun) {
        if (!dryRun) {
            approvals.requireSendable(issueId, renderer.manifest(issueId).digest());
        }
        var list = subscribers.list();
        if (list.isEmpty()) {
            throw new IllegalStateException("no subscribers in " + subscribers.file()
                    + "; add some with: subscribers import FILE.csv");
        }
        SendReport report = mailer.send(issueId, list, dryRun);
        if (!dryRun) {
            StepCounts.mails("sent", report.sent());
            StepCounts.mails("deferred", report.uncertain().size());
            StepCounts.mails("failed", report.failed().size());
        }
        if (!dryRun && report.failed().isEmpty() && report.uncertain().isEmpty()) {
            approvals.markSent(issueId);
        }
        return report;
    }
}
