package cn.gidi.dongtai.crawl;

/** Gets one page. The live implementation speaks HTTP; a replay one reads a capture. */
public interface PageFetcher {

    FetchedPage fetch(String url) throws FetchException;

    /**
     * Gets an article's image: as {@link #fetch}, with the same politeness and address checks, except that a
     * binary answer is what is wanted (the live fetcher refuses one as a page). A replay answers as captured.
     */
    default FetchedPage fetchImage(String url) throws FetchException {
        return fetch(url);
    }
}
