package cn.gidi.dongtai.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per issue and subscriber, what happened to the message: the record that makes a second {@code send}
 * of an issue mail nobody twice. A subscriber is claimed (SENDING) before the hand-off to SMTP and
 * marked SENT after it; a claim is taken only by one sender, even with two nodes on one database.
 */
public final class DeliveryLog {

    public enum Status { SENDING, SENT, FAILED }

    private final JdbcTemplate jdbc;

    public DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Status> statuses(String issueId) {
        Map<String, Status> map = new HashMap<>();
        jdbc.query("SELECT EMAIL, STATUS FROM DONGTAI_DELIVERY WHERE ISSUE_ID = ?",
                rs -> {
                    map.put(rs.getString(1), Status.valueOf(rs.getString(2)));
                }, issueId);
        return map;
    }

    /** True if this sender now owns the delivery: no row yet, or an earlier attempt failed. */
    public boolean claim(String issueId, String email) {
        Timestamp now = Timestamp.from(Instant.now());
        try {
            jdbc.update("INSERT INTO DONGTAI_DELIVERY (ISSUE_ID, EMAIL, STATUS, UPDATED_AT) VALUES (?, ?, 'SENDING', ?)",
                    issueId, email, now);
            return true;
        } catch (DuplicateKeyException e) {
            return jdbc.update("UPDATE DONGTAI_DELIVERY SET STATUS = 'SENDING', DETAIL = NULL, UPDATED_AT = ? "
                    + "WHERE ISSUE_ID = ? AND EMAIL = ? AND STATUS = 'FAILED'", now, issueId, email) == 1;
        }
    }

    public void sent(String issueId, String email, String messageId) {
        jdbc.update("UPDATE DONGTAI_DELIVERY SET STATUS = 'SENT', MESSAGE_ID = ?, DETAIL = NULL, UPDATED_AT = ? "
                + "WHERE ISSUE_ID = ? AND EMAIL = ?", messageId, Timestamp.from(Instant.now()), issueId, email);
    }

    public void failed(String issueId, String email, String detail) {
        String d = detail == null ? "" : detail.substring(0, Math.min(detail.length(), 1000));
        jdbc.update("UPDATE DONGTAI_DELIVERY SET STATUS = 'FAILED', DETAIL = ?, UPDATED_AT = ? "
                + "WHERE ISSUE_ID = ? AND EMAIL = ?", d, Timestamp.from(Instant.now()), issueId, email);
    }
}
