package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;

/**
 * Decides whether an issue may be mailed. Every delivery (the send command, the schedule, the pipeline's mail
 * step) passes {@link #checkSendable} first: it is the first step of the delivery job. Only an issue the
 * editors approved, whose draft and rendered files still carry the approved digest, gets through; anything
 * else is refused with the reason, before anyone is mailed.
 */
final class SendGate {

    private final IssueStore drafts;
    private final IssueMailer mailer;
    private final UnsubscribeTokens tokens;
    private final Approvals approvals;
    private final IssueRenderer renderer;

    SendGate(IssueStore drafts, IssueMailer mailer, UnsubscribeTokens tokens, Approvals approvals,
             IssueRenderer renderer) {
        this.drafts = drafts;
        this.mailer = mailer;
        this.tokens = tokens;
        this.approvals = approvals;
        this.renderer = renderer;
    }

    /** Throws, saying why and what to do, unless the issue may be mailed now; returns it ready to mail. */
    PreparedIssue checkSendable(String issueId) {
        requireDraft(issueId);
        approvals.requireSendable(issueId, renderer.manifest(issueId).digest());
        tokens.requireConfigured();
        return mailer.prepare(issueId);
    }

    /** For a dry run, which mails nobody: the issue must exist and be rendered, approved or not. */
    void checkPreviewable(String issueId) {
        requireDraft(issueId);
        mailer.prepare(issueId);
    }

    /** Everyone on the list has it (or was refused for good): the issue is sent. */
    void delivered(String issueId) {
        approvals.markSent(issueId);
    }

    private void requireDraft(String issueId) {
        if (drafts.draft(issueId).isEmpty()) {
            throw new IllegalStateException("no issue '" + issueId + "': no draft in " + drafts.folder(issueId).getParent()
                    + " (only issues made by generate are sent; the demo's are not)");
        }
    }
}
