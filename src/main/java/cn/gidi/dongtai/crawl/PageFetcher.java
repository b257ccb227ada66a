package cn.gidi.dongtai.crawl;

import java.util.List;

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

    /**
     * Gets one page of a source that may be on a non-public network ({@code allowed-networks} of the sources
     * file): those networks are allowed for this request on top of the settings'. Fetchers that never check
     * addresses (a replay) just fetch.
     */
    default FetchedPage fetch(String url, List<String> allowedNetworks) throws FetchException {
        return fetch(url);
    }
}
