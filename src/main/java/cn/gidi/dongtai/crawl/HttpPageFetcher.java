package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.config.DongtaiProperties;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Fetches pages over HTTP(S) as a polite crawler: identifying User-Agent, robots.txt, one request at a
 * time per host with a delay, a global limit on requests in flight, retries with backoff on timeouts,
 * resets, 5xx and 429 (waiting as long as Retry-After asks), limits on size, redirects and time,
 * http(s) only, and conditional requests against a local cache. Every response goes to a
 * {@link ResponseLog} (the run's WARC capture).
 */
public final class HttpPageFetcher implements PageFetcher {

    private final DongtaiProperties.Crawl settings;
    private final HostThrottle throttle;
    private final Semaphore inFlight;
    private final RetryTemplate retry;
    private final RobotsRules robots;
    private final HttpCache cache;
    private final ResponseLog log;
    private final AddressGuard guard;
    /** The settings' guard widened by each distinct allowed-networks list of a source. */
    private final java.util.Map<List<String>, AddressGuard> guards = new java.util.concurrent.ConcurrentHashMap<>();

    public HttpPageFetcher(DongtaiProperties.Crawl settings) {
        this(settings, ResponseLog.NONE);
    }

    public HttpPageFetcher(DongtaiProperties.Crawl settings, ResponseLog log) {
        this.settings = settings;
        this.throttle = new HostThrottle(settings.perHostDelay());
        this.inFlight = new Semaphore(Math.max(1, settings.concurrency()), true);
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Math.max(0, settings.retries()))
                .delay(settings.retryBackoff())
                .multiplier(2)
                .maxDelay(settings.retryBackoff().multipliedBy(8))
                .predicate(t -> t instanceof TransientFetchException)
                .build());
        this.robots = new RobotsRules(settings.userAgent(), this::fetchRobots);
        this.cache = new HttpCache(settings.cache());
        this.log = log;
        this.guard = new AddressGuard(settings.allowedNetworks());
    }

    /** A failure worth another attempt: timeout, reset, 5xx, 429. */
    private static final class TransientFetchException extends FetchException {
        TransientFetchException(String url, String reason, Throwable cause) {
            super(url, reason, cause);
        }
    }

    @Override
    public FetchedPage fetch(String url) throws FetchException {
        return fetchGuarded(url, guard, false);
    }

    @Override
    public FetchedPage fetchImage(String url) throws FetchException {
        return fetchGuarded(url, guard, true);
    }

    /** A source's own allowed networks (sources file) widen the settings' for its pages only. */
    @Override
    public FetchedPage fetch(String url, List<String> allowedNetworks) throws FetchException {
        if (allowedNetworks == null || allowedNetworks.isEmpty()) {
            return fetch(url);
        }
        AddressGuard widened;
        try {
            widened = guards.computeIfAbsent(List.copyOf(allowedNetworks), guard::with);
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "the sources file's " + e.getMessage());
        }
        return fetchGuarded(url, widened, false);
    }

    private FetchedPage fetchGuarded(String url, AddressGuard guard, boolean binary) throws FetchException {
        URI uri = checkedUri(url);
        String forbidden = guard.refusal(uri);
        if (forbidden != null) {
            throw new FetchException(url, forbidden);
        }
        String refusal = settings.obeyRobots() ? robots.refusal(uri.toString()) : null;
        if (refusal != null) {
            throw new FetchException(url, refusal);
        }
        try {
            return retry.execute(() -> followRedirects(url, guard, binary));
        } catch (RetryException e) {
            Throwable last = e.getCause() != null ? e.getCause() : e.getLastException();
            if (last instanceof FetchException fe) {
                int attempts = e.getRetryCount() + 1;
                String reason = fe.getMessage() + (fe instanceof TransientFetchException && attempts > 1
                        ? " (after " + attempts + " attempts)" : "");
                throw new FetchException(url, reason, fe.getCause());
            }
            throw new FetchException(url, String.valueOf(last), last);
        }
    }

    private FetchedPage followRedirects(String url, AddressGuard guard, boolean binary) throws FetchException {
        String current = url;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Connection.Response r = request(current, guard);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && r.hasHeader("Location")) {
                String next = URI.create(current).resolve(r.header("Location").trim()).toString();
                URI nextUri = checkedUri(next);
                String forbidden = guard.refusal(nextUri);
                if (forbidden != null) {
                    throw new FetchException(url, "redirected to " + next + ": " + forbidden);
                }
                String refusal = settings.obeyRobots() ? robots.refusal(nextUri.toString()) : null;
                if (refusal != null) {
                    throw new FetchException(url, "redirected to " + next + ": " + refusal);
                }
                current = next;
                continue;
            }
            return page(url, current, r, binary);
        }
        throw new FetchException(url, "more than " + settings.maxRedirects() + " redirects (last: " + current + ")");
    }

    private FetchedPage page(String url, String finalUrl, Connection.Response r, boolean binary) throws FetchException {
        int status = r.statusCode();
        if (status == 304) {
            return fromCache(url, finalUrl);
        }
        if (status == 429) {
            Duration wait = retryAfter(r).orElse(settings.retryBackoff());
            if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                throw new FetchException(url, "HTTP 429: the site asks to wait " + wait.toSeconds() + " s, more than "
                        + settings.maxRetryAfter().toSeconds() + " s (dongtai.crawl.max-retry-after)");
            }
            throttle.pushBack(hostKey(URI.create(finalUrl)), wait);
            throw new TransientFetchException(url, "HTTP 429 Too Many Requests", null);
        }
        if (status >= 500) {
            throw new TransientFetchException(url, "HTTP " + status + " " + r.statusMessage(), null);
        }
        if (status >= 400) {
            throw new FetchException(url, "HTTP " + status + " " + r.statusMessage());
        }
        byte[] body = r.bodyAsBytes();
        if (body.length > settings.maxBodySize().toBytes()) {
            throw new FetchException(url, "larger than " + human(settings.maxBodySize()) + " (dongtai.crawl.max-body-size)");
        }
        String type = r.contentType();
        if (!binary && !isWebPage(type, body)) {
            throw new FetchException(url, "not a web page (" + (type == null ? "binary content" : type) + ")");
        }
        cache.store(new HttpCache.Entry(url, r.header("ETag"), r.header("Last-Modified"), type, finalUrl), body);
        return new FetchedPage(url, finalUrl, status, type, body, Instant.now());
    }

    private FetchedPage fromCache(String url, String finalUrl) throws FetchException {
        Optional<HttpCache.Entry> entry = cache.entry(url);
        try {
            if (entry.isPresent()) {
                byte[] body = cache.body(url);
                String type = entry.get().contentType() == null ? "text/html" : entry.get().contentType();
                // The capture gets the page as it stands, so a replay needs no cache.
                log.record(url, 200, "OK (not modified since the last run)",
                        java.util.Map.of("Content-Type", type, "X-Dongtai-Revalidated", "304"), body, Instant.now());
                return new FetchedPage(url, entry.get().finalUrl(), 200, type, body, Instant.now());
            }
        } catch (IOException e) {
            // fall through: the stored copy is gone
        }
        throw new TransientFetchException(url, "HTTP 304 but no stored copy", null);
    }

    /**
     * One HTTP exchange, under the host's politeness slot and the global in-flight limit. {@code guard} is
     * null only for robots.txt, which is asked for just after its page's host passed the page's guard (the
     * source's own allowed networks included).
     */
    private Connection.Response request(String url, AddressGuard guard) throws FetchException {
        URI uri = URI.create(url);
        String forbidden = guard == null ? null : guard.refusal(uri);
        if (forbidden != null) {
            throw new FetchException(url, forbidden);
        }
        try {
            return throttle.call(hostKey(uri), () -> {
                inFlight.acquire();
                try {
                    Connection c = connection(url);
                    cache.entry(url).ifPresent(e -> {
                        if (e.etag() != null) {
                            c.header("If-None-Match", e.etag());
                        }
                        if (e.lastModified() != null) {
                            c.header("If-Modified-Since", e.lastModified());
                        }
                    });
                    Connection.Response r = c.execute();
                    r.bodyAsBytes(); // read the body while this host's slot is held
                    java.util.Map<String, String> headers = r.headers();
                    if (r.bodyAsBytes().length > settings.maxBodySize().toBytes()) {
                        headers = new java.util.LinkedHashMap<>(headers);
                        headers.put(WarcCapture.TRUNCATED, "length");
                    }
                    log.record(url, r.statusCode(), r.statusMessage(), headers, r.bodyAsBytes(), Instant.now());
                    return r;
                } finally {
                    inFlight.release();
                }
            });
        } catch (FetchException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted");
        } catch (IOException e) {
            throw new TransientFetchException(url, describe(e), e);
        } catch (Exception e) {
            throw new FetchException(url, describe(e), e);
        }
    }

    private Connection connection(String url) {
        return Jsoup.connect(url)
                .userAgent(settings.userAgent())
                .timeout((int) settings.timeout().toMillis())
                .maxBodySize((int) Math.min(Integer.MAX_VALUE - 1, settings.maxBodySize().toBytes() + 1))
                .ignoreHttpErrors(true)
                .ignoreContentType(true)
                .followRedirects(false);
    }

    private RobotsRules.RobotsFetch.Result fetchRobots(String url) {
        try {
            Connection.Response r = request(url, null);
            return new RobotsRules.RobotsFetch.Result(r.statusCode(), r.bodyAsBytes(), r.contentType());
        } catch (FetchException e) {
            return new RobotsRules.RobotsFetch.Result(0, new byte[0], null);
        }
    }

    private static URI checkedUri(String url) throws FetchException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "not a valid URL");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new FetchException(url, "only http(s) URLs are fetched");
        }
        return uri;
    }

    static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    private static boolean isWebPage(String type, byte[] body) {
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT);
            return t.startsWith("text/") || t.contains("html") || t.contains("xml") || t.contains("json");
        }
        for (int i = 0; i < Math.min(body.length, 1024); i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Duration> retryAfter(Connection.Response r) {
        String value = r.header("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), at.toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException ignored) {
                return Optional.empty();
            }
        }
    }

    private static String human(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    private static String describe(Exception e) {
        if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof java.net.ConnectException) {
            return "cannot connect (connection refused or unreachable)";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "host not found (DNS): " + e.getMessage();
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS error: " + e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
