package cn.gidi.dongtai.crawl;

/**
 * One figure of an article page as the crawl left it: the image's URL and either the name it is stored under
 * ({@link cn.gidi.dongtai.files.FigureStore}) or why it could not be had (HTTP 404, too big, not an image,
 * a refused address).
 */
public record FigureImage(String url, String stored, String failure) {
}
