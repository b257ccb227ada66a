package cn.gidi.dongtai.crawl;

import java.time.LocalDate;

/** A link on a list page with the date written beside it (or in its URL). */
public record ListedLink(String url, String title, LocalDate date) {
}
