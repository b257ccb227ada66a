package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery ledger: per issue and subscriber, where the message stands. Every method is one
 * auto-committed statement (never part of a batch chunk's transaction), and the database is set to
 * write each commit through before it returns ({@link MailSchema}), so a state change is durable before
 * the next message starts. A row is claimed (SENDING) before the SMTP hand-off and settled after it;
 * after a crash only rows left SENDING by a dead process are in doubt.
 * <p>A sender settles a message and claims its next one in one commit ({@link #claim(Entry, String, List)}):
 * the settlement is still durable before the next message on that connection starts, at half the commits
 * (each commit writes a chunk of the H2 file; two a message were a third of a send's CPU).
 */
final class Ledger {

    enum Status { PENDING, SENDING, SENT, DEFERRED, FAILED }

    record Entry(String issueId, String email, String list, String name, Status status, int attempts,
                 String lastReply, String messageId, Instant nextAttemptAt, boolean possibleDuplicate, String sender,
                 Instant updatedAt) {
    }

    record Counts(int pending, int sending, int sent, int deferred, int failed) {
        int total() {
            return pending + sending + sent + deferred + failed;
        }
    }

    /** This process, as recorded in SENDING rows: pid@host. */
    static final String SELF = ManagementFactory.getRuntimeMXBean().getName();

    private static final String COLUMNS = "ISSUE_ID, EMAIL, LIST_NAME, NAME, STATUS, ATTEMPTS, LAST_REPLY, MESSAGE_ID, "
            + "NEXT_ATTEMPT_AT, POSSIBLE_DUPLICATE, SENDER, UPDATED_AT";

    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getString(8),
            instant(rs, 9), rs.getBoolean(10), rs.getString(11), instant(rs, 12));

    /** How a sent (or refused, or deferred) message is to be settled: the row's state change, not yet written. */
    record Settlement(Entry entry, Status status, String reply, Instant retryAt) {
    }

    private final JdbcTemplate jdbc;
    private final StageClock clock;
    /** Null: no transactions, every statement commits on its own. */
    private final TransactionTemplate tx;

    Ledger(JdbcTemplate jdbc, StageClock clock) {
        this(jdbc, clock, null);
    }

    Ledger(JdbcTemplate jdbc, StageClock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Carries the delivery marks of the older delivery log (DONGTAI_DELIVERY) into the ledger, so that an
     * existing installation does not mail its subscribers again: SENT stays sent; FAILED becomes deferred
     * (it was retried by the next send); SENDING (interrupted) becomes a possible duplicate, as after a crash.
     * Idempotent: rows already in the ledger are left alone.
     */
    int importOldDeliveryLog(String list) {
        return jdbc.update("INSERT INTO DONGTAI_MAIL_LEDGER (" + COLUMNS + ") "
                + "SELECT o.ISSUE_ID, o.EMAIL, ?, '', CASE o.STATUS WHEN 'SENT' THEN 'SENT' ELSE 'DEFERRED' END, 1, "
                + "o.DETAIL, o.MESSAGE_ID, NULL, CASE o.STATUS WHEN 'SENDING' THEN TRUE ELSE FALSE END, NULL, o.UPDATED_AT "
                + "FROM DONGTAI_DELIVERY o WHERE NOT EXISTS (SELECT 1 FROM DONGTAI_MAIL_LEDGER d "
                + "WHERE d.ISSUE_ID = o.ISSUE_ID AND d.EMAIL = o.EMAIL)", list);
    }

    /** Adds a PENDING row for each active subscriber of the list who has none for this issue yet. */
    int enqueue(String issueId, String list) {
        return jdbc.update("INSERT INTO DONGTAI_MAIL_LEDGER (" + COLUMNS + ") "
                + "SELECT ?, s.EMAIL, ?, s.NAME, 'PENDING', 0, NULL, NULL, NULL, FALSE, NULL, ? "
                + "FROM DONGTAI_SUBSCRIBER s JOIN DONGTAI_SUBSCRIPTION l ON l.EMAIL = s.EMAIL "
                + "WHERE l.LIST_NAME = ? AND l.UNSUBSCRIBED_AT IS NULL AND NOT EXISTS "
                + "(SELECT 1 FROM DONGTAI_MAIL_LEDGER d WHERE d.ISSUE_ID = ? AND d.EMAIL = s.EMAIL)",
                issueId, list, now(), list, issueId);
    }

    /** Drops unsent rows of people who unsubscribed since they were queued: they never get the issue. */
    int dropUnsubscribed(String issueId) {
        return jdbc.update("DELETE FROM DONGTAI_MAIL_LEDGER WHERE ISSUE_ID = ? AND STATUS IN ('PENDING', 'DEFERRED') "
                + "AND NOT EXISTS (SELECT 1 FROM DONGTAI_SUBSCRIPTION l WHERE l.EMAIL = DONGTAI_MAIL_LEDGER.EMAIL "
                + "AND l.LIST_NAME = DONGTAI_MAIL_LEDGER.LIST_NAME AND l.UNSUBSCRIBED_AT IS NULL)", issueId);
    }

    /**
     * Rows left SENDING by a process that is gone: the message may or may not have reached the server.
     * They become due again, keep their Message-ID and are flagged as possible duplicates.
     */
    List<Entry> recoverInDoubt(String issueId) {
        List<Entry> inDoubt = jdbc.query("SELECT " + COLUMNS + " FROM DONGTAI_MAIL_LEDGER WHERE ISSUE_ID = ? "
                + "AND STATUS = 'SENDING'", ROW, issueId).stream().filter(e -> !alive(e.sender())).toList();
        for (Entry e : inDoubt) {
            jdbc.update("UPDATE DONGTAI_MAIL_LEDGER SET STATUS = 'DEFERRED', POSSIBLE_DUPLICATE = TRUE, NEXT_ATTEMPT_AT = NULL, "
                    + "LAST_REPLY = ?, UPDATED_AT = ? WHERE ISSUE_ID = ? AND EMAIL = ? AND STATUS = 'SENDING' AND SENDER = ?",
                    "in doubt: the sending process (" + e.sender() + ") stopped while this message was in flight",
                    now(), issueId, e.email(), e.sender());
        }
        return inDoubt;
    }

    /** Due rows after {@code afterEmail} in address order (one page of the batch reader). */
    List<Entry> due(String issueId, String afterEmail, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DONGTAI_MAIL_LEDGER WHERE ISSUE_ID = ? AND EMAIL > ? "
                + "AND (STATUS = 'PENDING' OR (STATUS = 'DEFERRED' AND (NEXT_ATTEMPT_AT IS NULL OR NEXT_ATTEMPT_AT <= ?))) "
                + "ORDER BY EMAIL FETCH FIRST " + limit + " ROWS ONLY", ROW, issueId, afterEmail, now());
    }

    /** When the earliest deferred row falls due, if any row is deferred. */
    Optional<Instant> nextDue(String issueId) {
        Timestamp t = jdbc.queryForObject("SELECT MIN(NEXT_ATTEMPT_AT) FROM DONGTAI_MAIL_LEDGER WHERE ISSUE_ID = ? "
                + "AND STATUS = 'DEFERRED'", Timestamp.class, issueId);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    /**
     * Takes the row for this process: true if it was PENDING or DEFERRED and is now SENDING with one more
     * attempt and a Message-ID (kept from an earlier attempt when there was one).
     */
    boolean claim(Entry e, String messageId) {
        return jdbc.update("UPDATE DONGTAI_MAIL_LEDGER SET STATUS = 'SENDING', ATTEMPTS = ATTEMPTS + 1, "
                + "MESSAGE_ID = COALESCE(MESSAGE_ID, ?), SENDER = ?, UPDATED_AT = ? "
                + "WHERE ISSUE_ID = ? AND EMAIL = ? AND STATUS IN ('PENDING', 'DEFERRED')",
                messageId, SELF, now(), e.issueId(), e.email()) == 1;
    }

    /**
     * Writes the settlements of messages that went out before and claims {@code e}, in one commit: when it
     * returns, both are durable, and the message to {@code e} has not started. If the commit fails, none of it
     * happened (the settlements stay to be written, the row stays due).
     */
    boolean claim(Entry e, String messageId, List<Settlement> before) {
        if (before.isEmpty()) {
            return claim(e, messageId);
        }
        if (tx == null) {
            settle(before);
            return claim(e, messageId);
        }
        return Boolean.TRUE.equals(tx.execute(status -> {
            write(before);
            return claim(e, messageId);
        }));
    }

    /** Writes settlements in one commit. */
    void settle(List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        if (tx == null) {
            write(settlements);
            return;
        }
        tx.executeWithoutResult(status -> write(settlements));
    }

    private void write(List<Settlement> settlements) {
        for (Settlement s : settlements) {
            settle(s.entry(), s.status(), s.reply(), s.retryAt());
        }
    }

    void sent(Entry e, String reply) {
        settle(e, Status.SENT, reply, null);
    }

    void deferred(Entry e, String reply, Instant retryAt) {
        settle(e, Status.DEFERRED, reply, retryAt);
    }

    void failed(Entry e, String reply) {
        settle(e, Status.FAILED, reply, null);
    }

    /** Gives a claimed row back untried (the connection was lost before the message went out). */
    void release(Entry e, String reply) {
        jdbc.update("UPDATE DONGTAI_MAIL_LEDGER SET STATUS = 'DEFERRED', ATTEMPTS = ATTEMPTS - 1, LAST_REPLY = ?, "
                + "NEXT_ATTEMPT_AT = NULL, UPDATED_AT = ? WHERE ISSUE_ID = ? AND EMAIL = ? AND STATUS = 'SENDING' AND SENDER = ?",
                clip(reply), now(), e.issueId(), e.email(), SELF);
    }

    private void settle(Entry e, Status status, String reply, Instant retryAt) {
        jdbc.update("UPDATE DONGTAI_MAIL_LEDGER SET STATUS = ?, LAST_REPLY = ?, NEXT_ATTEMPT_AT = ?, UPDATED_AT = ? "
                + "WHERE ISSUE_ID = ? AND EMAIL = ? AND STATUS = 'SENDING' AND SENDER = ?", status.name(), clip(reply),
                retryAt == null ? null : Timestamp.from(retryAt), now(), e.issueId(), e.email(), SELF);
    }

    Optional<Entry> find(String issueId, String email) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DONGTAI_MAIL_LEDGER WHERE ISSUE_ID = ? AND EMAIL = ?", ROW,
                issueId, email).stream().findFirst();
    }

    List<Entry> entries(String issueId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM DONGTAI_MAIL_LEDGER WHERE ISSUE_ID = ? ORDER BY EMAIL", ROW, issueId);
    }

    Counts counts(String issueId) {
        int[] c = new int[Status.values().length];
        jdbc.query("SELECT STATUS, COUNT(*) FROM DONGTAI_MAIL_LEDGER WHERE ISSUE_ID = ? GROUP BY STATUS",
                rs -> {
                    c[Status.valueOf(rs.getString(1)).ordinal()] = rs.getInt(2);
                }, issueId);
        return new Counts(c[0], c[1], c[2], c[3], c[4]);
    }

    private Timestamp now() {
        return Timestamp.from(clock.now());
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= 1000 ? one : one.substring(0, 1000);
    }

    /** Whether the process named pid@host is still running (on another host: assumed so). */
    static boolean alive(String sender) {
        if (sender == null || sender.equals(SELF)) {
            return sender != null;
        }
        int at = sender.indexOf('@');
        String host = at < 0 ? "" : sender.substring(at + 1);
        String myHost = SELF.substring(SELF.indexOf('@') + 1);
        if (!host.equals(myHost)) {
            return true;
        }
        try {
            return ProcessHandle.of(Long.parseLong(sender.substring(0, at))).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
