package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.EditorExamples;
import cn.gidi.dongtai.classify.Example;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate between the editors and the subscribers. {@code approve} records who approved which content
 * (a digest of everything a reader sees) and when; {@link #requireSendable} is asked by the one delivery
 * path before anything is mailed, and refuses a draft that is not approved or changed after approval.
 */
public final class Approvals {

    private final IssueStore store;
    private final Clock clock;
    private final EditorExamples learning;

    public Approvals(IssueStore store, Clock clock) {
        this(store, clock, null);
    }

    /** With {@code learning}: every approval also teaches the classifier the editors' final calls. */
    public Approvals(IssueStore store, Clock clock, EditorExamples learning) {
        this.store = store;
        this.clock = clock;
        this.learning = learning;
    }

    /** Approves the draft as it stands now. Returns the approval record. */
    public Draft.Approval approve(String id, String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("say who approves: --by NAME");
        }
        Draft draft = store.requireDraft(id);
        Issue issue = draft.issue();
        if (issue.items().isEmpty()) {
            throw new IllegalStateException("issue " + id + " has no items: nothing to approve");
        }
        if (draft.state() == IssueStatus.SENT) {
            throw new IllegalStateException("issue " + id + " has been sent already");
        }
        Draft.Approval approval = new Draft.Approval(by.strip(), Instant.now(clock), issue.digest());
        store.save(draft.with(draft.index().with(IssueStatus.APPROVED, approval)));
        if (learning != null) {
            learning.record(examples(draft));
        }
        return approval;
    }

    /**
     * What the editors decided, as training examples: each item in its final section, each candidate left out
     * as off-topic (except duplicates, which were on topic). Titles as the sites gave them, which is what the
     * classifier reads next week.
     */
    private static List<Example> examples(Draft draft) {
        List<Example> examples = new ArrayList<>();
        for (Draft.Item it : draft.included()) {
            examples.add(Example.fromEditor(original(it), it.front().issuer(), it.body(), it.front().section()));
        }
        for (Draft.Excluded e : draft.index().excluded()) {
            if (e.reason() != null && e.reason().startsWith("重复")) {
                continue;
            }
            draft.file(e.item()).ifPresent(it -> examples.add(
                    Example.fromEditor(original(it), it.front().issuer(), it.body(), null)));
        }
        return examples;
    }

    private static String original(Draft.Item it) {
        String o = it.front().originalTitle();
        return o == null || o.isBlank() ? it.front().title() : o;
    }

    /**
     * The approved issue, or a one-line refusal: not approved, or changed since (its digest is no longer the
     * approved one). {@code renderedDigest} is the digest the rendered files were made from (null: not rendered).
     */
    public Issue requireSendable(String id, String renderedDigest) {
        Draft draft = store.requireDraft(id);
        Draft.Approval approval = draft.index().approval();
        if (draft.state() == IssueStatus.DRAFT || approval == null) {
            throw new NotApprovedException("issue " + id + " is not approved: review it (preview) and run "
                    + "approve --issue " + id + " --by NAME; nobody was mailed");
        }
        Issue issue = draft.issue();
        if (!issue.digest().equals(approval.digest())) {
            throw new NotApprovedException("issue " + id + " changed after " + approval.by() + " approved it at "
                    + approval.at() + ": approve it again (approve --issue " + id + " --by NAME); nobody was mailed");
        }
        if (!approval.digest().equals(renderedDigest)) {
            throw new NotApprovedException("the rendered files of issue " + id + " are not of the approved draft: "
                    + "run render --issue " + id + "; nobody was mailed");
        }
        return issue;
    }

    /** After delivery: the issue is sent; it can no longer be approved again. */
    public void markSent(String id) {
        Draft draft = store.requireDraft(id);
        if (draft.state() != IssueStatus.SENT) {
            store.save(draft.with(draft.index().with(IssueStatus.SENT, draft.index().approval())));
        }
    }

    /** Thrown when an issue may not be mailed; the message says why and what to do. */
    public static final class NotApprovedException extends IllegalStateException {
        NotApprovedException(String message) {
            super(message);
        }
    }
}
