package cn.gidi.dongtai.extract.gold;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of the extraction gold set and what a perfect extractor lifts from it. Fields the gold does
 * not give are null: {@code body} is the full body text (pages written for the set), {@code first} and
 * {@code last} are pieces of the first and last sentence (saved real pages, demo pages); a list page
 * has {@code links} instead.
 */
public record GoldPage(String id, Path file, String url, boolean isList, String title, LocalDate date, String issuer,
                       String body, String first, String last, List<Link> links) {

    /** A link a list page must yield. */
    public record Link(String title, String url, String date) {
    }
}
