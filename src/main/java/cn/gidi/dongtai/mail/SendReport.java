package cn.gidi.dongtai.mail;

import java.time.Instant;
import java.util.List;

/**
 * Where an issue's delivery stands, from the ledger: how many subscribers have it, which are deferred
 * (and why, and when they are tried again), which failed with the server's reply, which may have got
 * a second copy because a run was killed while their message was in flight, and why a run stopped.
 */
public record SendReport(String issueId, int subscribers, int sent, int pending, List<Deferred> deferred,
                         List<Failure> failed, List<String> possibleDuplicates, String stopped) {

    public record Failure(String email, String reason) {
    }

    public record Deferred(String email, int attempts, String reason, Instant nextAttempt) {
    }

    /** Everyone on the ledger has the issue or failed for good; nothing is left to try. */
    public boolean finished() {
        return pending == 0 && deferred.isEmpty() && stopped == null;
    }

    public String summary() {
        StringBuilder s = new StringBuilder("issue " + issueId + ": " + sent + " of " + subscribers + " sent");
        if (!deferred.isEmpty()) {
            s.append(", ").append(deferred.size()).append(" deferred (tried again by the next send)");
        }
        if (pending > 0) {
            s.append(", ").append(pending).append(" pending");
        }
        if (!failed.isEmpty()) {
            s.append(", ").append(failed.size()).append(" failed");
        }
        if (!possibleDuplicates.isEmpty()) {
            s.append(", ").append(possibleDuplicates.size())
                    .append(" possibly received twice (in flight when a run was killed; same Message-ID)");
        }
        if (stopped != null) {
            s.append("; stopped: ").append(stopped);
        }
        return s.toString();
    }
}
