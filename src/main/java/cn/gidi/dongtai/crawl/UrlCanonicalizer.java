package cn.gidi.dongtai.crawl;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One spelling per address, so the same page linked twice is fetched once: lower-case scheme and host,
 * no default port, no fragment, no tracking parameters, no {@code /./} segments.
 */
public final class UrlCanonicalizer {

    private UrlCanonicalizer() {
    }

    public static String canonical(String url) {
        try {
            URI u = URI.create(url.trim()).normalize();
            if (u.getScheme() == null || u.getHost() == null) {
                return url;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = u.getRawQuery() == null ? null : Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isBlank() && !p.matches("(?i)(utm_[a-z]+|spm|from|isappinstalled)=.*"))
                    .collect(Collectors.joining("&"));
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
