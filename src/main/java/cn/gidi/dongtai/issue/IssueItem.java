package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Section;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as it stands in an issue. Editors may change {@code title}, {@code editorNote},
 * {@code section} and the order of items in the draft; {@code bodyHtml} is sanitized HTML.
 * {@code originalTitle} is the page's own title ({@code title} starts as the brief-style headline);
 * {@code confidence}, {@code lowConfidence} and {@code evidence} are the classifier's; {@code importance}
 * ranks items for the lead; {@code alsoAt} lists the other pages carrying the same story.
 */
public record IssueItem(
        String key,
        Section section,
        String title,
        String source,
        String url,
        LocalDate publishedAt,
        String editorNote,
        String bodyHtml,
        String reason,
        String originalTitle,
        Double confidence,
        boolean lowConfidence,
        List<String> evidence,
        Integer importance,
        List<String> alsoAt) {

    public IssueItem {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        alsoAt = alsoAt == null ? List.of() : List.copyOf(alsoAt);
    }

    public IssueItem(String key, Section section, String title, String source, String url, LocalDate publishedAt,
                     String editorNote, String bodyHtml, String reason) {
        this(key, section, title, source, url, publishedAt, editorNote, bodyHtml, reason, null, null, false, null, null,
                null);
    }
}
