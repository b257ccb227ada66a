package cn.gidi.dongtai.mail;

import java.util.List;

/**
 * The outcome of sending an issue. {@code uncertain}: an earlier run was interrupted between claiming
 * and confirming these addresses; they are not mailed again automatically, to never send twice.
 */
public record SendReport(String issueId, int subscribers, int sent, int alreadySent, List<String> uncertain,
                         List<Failure> failed, boolean dryRun, List<String> wouldMail) {

    public record Failure(String email, String reason) {
    }

    public String summary() {
        if (dryRun) {
            return "dry run: " + sent + " of " + subscribers + " subscriber(s) would be mailed issue " + issueId
                    + (alreadySent > 0 ? "; " + alreadySent + " already received it" : "");
        }
        StringBuilder s = new StringBuilder("issue " + issueId + ": " + sent + " message(s) delivered");
        if (alreadySent > 0) {
            s.append(", ").append(alreadySent).append(" subscriber(s) already had it and were not mailed again");
        }
        if (!uncertain.isEmpty()) {
            s.append(", ").append(uncertain.size()).append(" left unsent because an earlier send was interrupted "
                    + "while mailing them (check the mail server's log)");
        }
        if (!failed.isEmpty()) {
            s.append(", ").append(failed.size()).append(" failed (run send again to retry them)");
        }
        return s.toString();
    }
}
