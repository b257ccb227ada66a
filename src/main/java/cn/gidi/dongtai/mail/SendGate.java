package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.issue.IssueStore;

/**
 * Decides whether an issue may be mailed. Every delivery (the send command, the schedule, the
 * pipeline's mail step, and send --dry-run) passes {@link #checkSendable} first: it is the first step of
 * the delivery job. THE APPROVAL GATE GOES HERE: the editors' approval check of package {@code issue}
 * is to be called at the top of {@link #checkSendable}.
 */
final class SendGate {

    private final IssueStore drafts;
    private final IssueMailer mailer;
    private final UnsubscribeTokens tokens;

    SendGate(IssueStore drafts, IssueMailer mailer, UnsubscribeTokens tokens) {
        this.drafts = drafts;
        this.mailer = mailer;
        this.tokens = tokens;
    }

    /** Throws, saying why and what to do, unless the issue may be mailed now; returns it ready to mail. */
    PreparedIssue checkSendable(String issueId) {
        if (drafts.find(issueId).isEmpty()) {
            throw new IllegalStateException("issue " + issueId + " has no draft in " + drafts.folder(issueId).getParent()
                    + ": only issues made by generate are sent (the demo's are not)");
        }
        tokens.requireConfigured();
        return mailer.prepare(issueId);
    }
}
