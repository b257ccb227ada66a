package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.source.SourceKind;
import java.time.LocalDate;
import java.util.List;

/**
 * An article lifted from its page. {@code bodyHtml} is already sanitized: it holds only paragraphs,
 * headings, lists, tables, emphasis and images (each figure an image in a paragraph of its own, its caption
 * as {@code alt}), and is safe to put in any template. {@code notes} says what the body lost on the way
 * (a figure that could not be fetched), a line each, for the draft.
 */
public record Article(
        String url,
        String title,
        LocalDate publishedAt,
        String issuer,
        String bodyHtml,
        String bodyText,
        String sourceName,
        SourceKind sourceKind,
        List<String> notes) {

    public Article {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Article(String url, String title, LocalDate publishedAt, String issuer, String bodyHtml, String bodyText,
                   String sourceName, SourceKind sourceKind) {
        this(url, title, publishedAt, issuer, bodyHtml, bodyText, sourceName, sourceKind, List.of());
    }
}
