package cn.gidi.dongtai.crawl;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the articles' figures the crawler fetches (prefix {@code dongtai.figures}). Scraped pages are
 * untrusted: an image larger than {@code maxBytes} or with more than {@code maxPixels} pixels is refused
 * before it is decoded; one wider than {@code maxWidth} pixels is scaled down before it is stored (the
 * printed text column is about 160 mm, 945 pixels at 150 dpi).
 */
@ConfigurationProperties("dongtai.figures")
public record FigureSettings(
        @DefaultValue("2MB") DataSize maxBytes,
        @DefaultValue("25000000") long maxPixels,
        @DefaultValue("1000") int maxWidth) {

    public static final FigureSettings DEFAULTS = new FigureSettings(DataSize.ofMegabytes(2), 25_000_000, 1000);
}
