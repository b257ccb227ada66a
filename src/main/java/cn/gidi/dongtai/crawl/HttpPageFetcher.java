package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.config.DongtaiProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Instant;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/** Fetches pages over HTTP(S) with Jsoup: identifying User-Agent, timeouts, size cap, per-host politeness. */
public final class HttpPageFetcher implements PageFetcher {

    private final DongtaiProperties.Crawl settings;
    private final HostThrottle throttle;

    public HttpPageFetcher(DongtaiProperties.Crawl settings) {
        this.settings = settings;
        this.throttle = new HostThrottle(settings.perHostDelay());
    }

    @Override
    public FetchedPage fetch(String url) throws FetchException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "not a valid URL");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new FetchException(url, "only http(s) URLs are fetched");
        }
        String hostKey = uri.getHost() + ":" + uri.getPort();
        try {
            Connection.Response response = throttle.call(hostKey, () -> execute(url));
            int status = response.statusCode();
            if (status == 429 || status >= 400) {
                throw new FetchException(url, "HTTP " + status + " " + response.statusMessage());
            }
            return new FetchedPage(url, response.url().toString(), status, response.contentType(),
                    response.bodyAsBytes(), Instant.now());
        } catch (UncheckedIOException e) {
            throw new FetchException(url, describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted");
        }
    }

    private Connection.Response execute(String url) {
        try {
            Connection.Response response = Jsoup.connect(url)
                    .userAgent(settings.userAgent())
                    .timeout((int) settings.readTimeout().toMillis())
                    .maxBodySize((int) Math.min(Integer.MAX_VALUE, settings.maxBodySize().toBytes()))
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .followRedirects(true)
                    .execute();
            response.bodyAsBytes(); // read the body now, while this host's slot is held
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return "timed out";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
