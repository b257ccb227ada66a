package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Section;
import java.time.LocalDate;

/**
 * One article as it stands in an issue. Editors may change {@code title}, {@code editorNote},
 * {@code section} and the order of items in the draft; {@code bodyHtml} is sanitized HTML.
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
        String reason) {
}
