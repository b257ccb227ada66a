package cn.gidi.dongtai.render;

import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: the issue's numbers and, per section in order, its items with their PDF pages;
 * {@code warnings} says what the render had to leave out or replace (a character no font has, a figure
 * that could not be had); {@code digest} is the digest of the draft content it was rendered from (sending checks
 * it against the approval).
 */
public record Manifest(String id, LocalDate date, int number, int total, int pages, List<SectionEntry> sections,
                       List<String> warnings, String digest) {

    public record SectionEntry(String name, List<ItemEntry> items) {
    }

    public record ItemEntry(String title, String source, String url, LocalDate publishedAt, Integer page,
                            String section, String reason) {
    }

    static Manifest of(Issue issue, Map<String, Integer> pages, int pageCount, List<String> warnings) {
        List<SectionEntry> sections = new ArrayList<>();
        for (Map.Entry<Section, List<IssueItem>> e : issue.bySection().entrySet()) {
            List<ItemEntry> items = new ArrayList<>();
            for (IssueItem it : e.getValue()) {
                items.add(new ItemEntry(it.title(), it.source(), it.url(), it.publishedAt(), pages.get(it.key()),
                        e.getKey().label(), it.reason()));
            }
            sections.add(new SectionEntry(e.getKey().label(), items));
        }
        return new Manifest(issue.id(), issue.date(), issue.number(), issue.total(), pageCount, sections,
                List.copyOf(warnings), issue.digest());
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }
}
