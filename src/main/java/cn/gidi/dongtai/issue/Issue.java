package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Section;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A numbered issue as it is rendered and mailed: {@code id} is {@code YYYY-NN}; {@code number} (第N期)
 * restarts each year and {@code total} (总第M期) never does. Items are kept in section order, then in
 * editorial order. {@code leadKey} names the cover's lead item (null: the first item). Built from the
 * editors' draft files by {@link IssueStore}.
 */
public record Issue(
        String id,
        LocalDate date,
        int number,
        int total,
        LocalDate weekStart,
        LocalDate weekEnd,
        IssueStatus status,
        Instant composedAt,
        List<IssueItem> items,
        String leadKey) {

    public Issue {
        items = List.copyOf(items.stream().sorted(Comparator.comparing(IssueItem::section)).toList());
    }

    public Issue(String id, LocalDate date, int number, int total, LocalDate weekStart, LocalDate weekEnd,
                 IssueStatus status, Instant composedAt, List<IssueItem> items) {
        this(id, date, number, total, weekStart, weekEnd, status, composedAt, items, null);
    }

    /** Items grouped by section, every section present (possibly empty), in printed order. */
    public Map<Section, List<IssueItem>> bySection() {
        Map<Section, List<IssueItem>> map = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            map.put(s, new ArrayList<>());
        }
        for (IssueItem item : items) {
            map.get(item.section()).add(item);
        }
        return map;
    }

    /** The cover headline: the item the editors chose, else the first item of the issue. */
    public IssueItem lead() {
        return items.stream().filter(i -> i.key().equals(leadKey)).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0));
    }

    public Issue withStatus(IssueStatus newStatus) {
        return new Issue(id, date, number, total, weekStart, weekEnd, newStatus, composedAt, items, leadKey);
    }

    /** What an approval signs: everything a reader sees, nothing about the workflow (state, times). */
    private record Content(String id, LocalDate date, int number, int total, LocalDate weekStart, LocalDate weekEnd,
                           String lead, List<IssueItem> items) {
    }

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    /**
     * A SHA-256 of the issue's content: the same for the same text, numbers, order and sections, whatever the
     * state. Approval records it; sending checks that the draft and the rendered files still carry it.
     */
    public String digest() {
        IssueItem lead = lead();
        byte[] json = CANONICAL.writeValueAsBytes(new Content(id, date, number, total, weekStart, weekEnd,
                lead == null ? null : lead.key(), items));
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
