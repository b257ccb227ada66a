package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A numbered issue: {@code id} is {@code YYYY-NN}; {@code number} (第N期) restarts each year and
 * {@code total} (总第M期) never does. Items are kept in section order, then in editorial order.
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
        List<IssueItem> items) {

    public Issue {
        items = List.copyOf(items.stream().sorted(Comparator.comparing(IssueItem::section)).toList());
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

    /** The cover headline: the first item of the issue. */
    public IssueItem lead() {
        return items.isEmpty() ? null : items.get(0);
    }

    public Issue withStatus(IssueStatus newStatus) {
        return new Issue(id, date, number, total, weekStart, weekEnd, newStatus, composedAt, items);
    }
}
