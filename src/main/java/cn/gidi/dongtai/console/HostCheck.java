package cn.gidi.dongtai.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only requests that name this console in their {@code Host} header: a page on another site that
 * points its own name at 127.0.0.1 (DNS rebinding) gets 421, not the drafts.
 */
final class HostCheck extends OncePerRequestFilter {

    private final Set<String> hosts = new HashSet<>();

    HostCheck(ConsoleProperties props) {
        hosts.addAll(Set.of("127.0.0.1", "localhost", "[::1]", "::1"));
        hosts.add(props.bind().toLowerCase(Locale.ROOT));
        props.allowedHosts().forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (host == null || !hosts.contains(hostName(host))) {
            response.sendError(421, "this console answers to " + String.join(", ", hosts.stream().sorted().toList()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String hostName(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
