package cn.gidi.dongtai.source;

/**
 * Optional CSS selectors for a source whose pages the defaults do not read well.
 * {@code links} picks the article links on the list page; the others pick parts of an article page.
 */
public record Selectors(String links, String title, String date, String source, String body) {

    public static final Selectors NONE = new Selectors(null, null, null, null, null);
}
