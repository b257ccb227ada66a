package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.source.SourceKind;
import java.time.LocalDate;

/**
 * An article lifted from its page. {@code bodyHtml} is already sanitized: it holds only paragraphs,
 * headings, lists, tables, emphasis and images, and is safe to put in any template.
 */
public record Article(
        String url,
        String title,
        LocalDate publishedAt,
        String issuer,
        String bodyHtml,
        String bodyText,
        String sourceName,
        SourceKind sourceKind) {
}
