package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.files.FigureStore;

/**
 * Fetches an article's figures through the crawler's fetcher (the same per-host throttle, robots.txt and
 * address guard as its pages, and into the same capture), checks each is a real raster image within the
 * limits ({@link ImageCheck}) and stores it by content ({@link FigureStore}). An image that cannot be had is
 * reported with the reason, never thrown: its article is still kept.
 */
public final class FigureImages {

    private final PageFetcher fetcher;
    private final FigureSettings limits;
    private final FigureStore store;

    public FigureImages(PageFetcher fetcher, FigureSettings limits, FigureStore store) {
        this.fetcher = fetcher;
        this.limits = limits;
        this.store = store;
    }

    public FigureImage get(String url) {
        try {
            FetchedPage response = fetcher.fetchImage(url);
            ImageCheck.Checked image = ImageCheck.check(response.body(), limits);
            return new FigureImage(url, store.put(image.bytes(), image.extension()), null);
        } catch (FetchException e) {
            return new FigureImage(url, null, e.getMessage());
        } catch (ImageCheck.Refused e) {
            return new FigureImage(url, null, e.getMessage());
        } catch (RuntimeException e) {
            return new FigureImage(url, null, "unreadable: " + e.getMessage());
        }
    }
}
