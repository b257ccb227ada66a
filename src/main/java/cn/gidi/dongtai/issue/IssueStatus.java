package cn.gidi.dongtai.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an issue stands: {@code draft} (composed, being edited; a re-crawl merges into it), {@code approved}
 * (an editor signed off a digest of it; only then can it be mailed), {@code sent} (mailed to the subscribers).
 */
public enum IssueStatus {
    DRAFT, APPROVED, SENT;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static IssueStatus parse(String value) {
        for (IssueStatus s : values()) {
            if (s.name().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown state '" + value + "' (expected draft, approved or sent)");
    }
}
