package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Section;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editors' draft of one issue, as it stands in {@code content/issues/<id>/}: the index
 * ({@code issue.yaml}) and every candidate's file under {@code items/}, keyed by file name without
 * {@code .md}. The index says which candidates are in the issue, in what order, which are left out and why.
 */
public record Draft(Index index, Map<String, Item> files) {

    public Draft {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** {@code issue.yaml}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Index(String id, LocalDate date, int number, int total, LocalDate weekStart, LocalDate weekEnd,
                        IssueStatus state, String lead, List<String> items, List<Excluded> excluded,
                        Approval approval, Instant composedAt) {

        public Index {
            items = items == null ? List.of() : List.copyOf(items);
            excluded = excluded == null ? List.of() : List.copyOf(excluded);
            state = state == null ? IssueStatus.DRAFT : state;
        }

        Index with(IssueStatus newState, Approval newApproval) {
            return new Index(id, date, number, total, weekStart, weekEnd, newState, lead, items, excluded, newApproval,
                    composedAt);
        }

        Index with(List<String> newItems, List<Excluded> newExcluded, String newLead) {
            return new Index(id, date, number, total, weekStart, weekEnd, state, newLead, newItems, newExcluded,
                    approval, composedAt);
        }
    }

    /** A candidate left out of the issue, and why (the classifier's reason, or the editor's). */
    public record Excluded(String item, String reason) {
    }

    /** Who approved which content when. */
    public record Approval(String by, Instant at, String digest) {
    }

    /** One candidate: its front matter and its text (Markdown). */
    public record Item(String name, Front front, String body) {

        Item with(Front newFront, String newBody) {
            return new Item(name, newFront, newBody);
        }

        /** The key templates and the PDF use for this item: {@code item-NN}, from the file's number. */
        public String key() {
            int dash = name.indexOf('-');
            return "item-" + (dash < 0 ? name : name.substring(0, dash));
        }
    }

    /**
     * An item's front matter. {@code title}, {@code issuer}, {@code date}, {@code section}, {@code note} and the
     * text are the editors'; {@code originalTitle}, {@code confidence}, {@code lowConfidence} and
     * {@code evidence} record what the classifier saw.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Front(String title, String issuer, String url, LocalDate date, Section section, String note,
                        String originalTitle, Double confidence, Boolean lowConfidence, String evidence) {

        Front withTitle(String v) {
            return new Front(v, issuer, url, date, section, note, originalTitle, confidence, lowConfidence, evidence);
        }

        Front withSection(Section v) {
            return new Front(title, issuer, url, date, v, note, originalTitle, confidence, lowConfidence, evidence);
        }
    }

    public String id() {
        return index.id();
    }

    public IssueStatus state() {
        return index.state();
    }

    public Optional<Item> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    public List<Item> included() {
        List<Item> list = new ArrayList<>();
        for (String name : index.items()) {
            Item item = files.get(name);
            if (item != null) {
                list.add(item);
            }
        }
        return list;
    }

    /** The issue as it would be rendered and mailed now. */
    public Issue issue() {
        List<IssueItem> items = new ArrayList<>();
        String leadKey = null;
        for (Item it : included()) {
            Front f = it.front();
            items.add(new IssueItem(it.key(), f.section(), f.title(), f.issuer(), f.url(), f.date(),
                    blankToNull(f.note()), Markdown.toHtml(it.body()), f.evidence()));
            if (it.name().equals(index.lead())) {
                leadKey = it.key();
            }
        }
        return new Issue(index.id(), index.date(), index.number(), index.total(), index.weekStart(), index.weekEnd(),
                index.state(), index.composedAt(), items, leadKey);
    }

    Draft with(Index newIndex) {
        return new Draft(newIndex, files);
    }

    Draft with(Item item) {
        Map<String, Item> copy = new LinkedHashMap<>(files);
        copy.put(item.name(), item);
        return new Draft(index, copy);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
