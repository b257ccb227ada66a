package cn.gidi.dongtai.crawl;

/** A page that could not be fetched; carries the URL and a reason an editor can act on. */
public class FetchException extends Exception {

    private final String url;

    public FetchException(String url, String reason, Throwable cause) {
        super(reason, cause);
        this.url = url;
    }

    public FetchException(String url, String reason) {
        this(url, reason, null);
    }

    public String url() {
        return url;
    }
}
