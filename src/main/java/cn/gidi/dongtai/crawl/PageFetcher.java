package cn.gidi.dongtai.crawl;

/** Gets one page. The live implementation speaks HTTP; a replay one reads a capture. */
public interface PageFetcher {

    FetchedPage fetch(String url) throws FetchException;
}
