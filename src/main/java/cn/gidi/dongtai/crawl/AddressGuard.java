package cn.gidi.dongtai.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the crawler out of internal networks (server-side request forgery): a host whose name resolves
 * to a loopback, private, link-local, multicast or otherwise non-public address is refused before any
 * request is sent, on the first hop and on every redirect, unless the setting
 * {@code dongtai.crawl.allowed-networks} (or, for one source's pages, its {@code allowed-networks} in the
 * sources file) names that kind ({@code loopback}, {@code private},
 * {@code link-local}, {@code multicast}) or a CIDR block holding the address. The check resolves the name
 * itself; the HTTP client resolves it again when it connects, so a DNS answer that changes in between
 * (rebinding) is not caught here, which is acceptable for a crawler of a fixed list of official sites.
 */
final class AddressGuard {

    private final List<String> kinds = new ArrayList<>();
    private final List<Cidr> blocks = new ArrayList<>();

    private final List<String> allowed;

    AddressGuard(List<String> allowed) {
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
        for (String a : allowed == null ? List.<String>of() : allowed) {
            String v = a.trim().toLowerCase(Locale.ROOT);
            if (v.isEmpty()) {
                continue;
            }
            if (v.contains("/")) {
                blocks.add(Cidr.parse(v));
            } else if (List.of("loopback", "private", "link-local", "multicast", "any").contains(v)) {
                kinds.add(v);
            } else {
                throw new IllegalArgumentException("dongtai.crawl.allowed-networks: unknown entry '" + a
                        + "' (expected loopback, private, link-local, multicast, any, or a CIDR block such as 10.1.0.0/16)");
            }
        }
    }

    /** This guard with further networks allowed (a source's own {@code allowed-networks} in the sources file). */
    AddressGuard with(List<String> more) {
        List<String> all = new ArrayList<>(allowed);
        all.addAll(more);
        return new AddressGuard(all);
    }

    /** Why the URL's host may not be fetched, or null when every address it resolves to is allowed. */
    String refusal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return "no host in URL";
        }
        if (kinds.contains("any")) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return null; // the request itself reports "host not found"
        }
        for (InetAddress a : addresses) {
            String kind = kind(a);
            if (kind != null && !kinds.contains(kind) && blocks.stream().noneMatch(b -> b.contains(a))) {
                return "refused: " + host + " is a " + kind + " address (" + a.getHostAddress()
                        + "); the crawler fetches only public addresses unless dongtai.crawl.allowed-networks "
                        + "(or the source's allowed-networks in the sources file) allows " + kind;
            }
        }
        return null;
    }

    /** The kind of non-public address, or null for a public one. */
    static String kind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a.isAnyLocalAddress() || a.isSiteLocalAddress()) {
            return "private";
        }
        if (a instanceof Inet4Address) {
            int x = b[0] & 0xFF;
            int y = b[1] & 0xFF;
            if (x == 0 || (x == 100 && y >= 64 && y < 128) || (x == 198 && (y == 18 || y == 19)) || x >= 240) {
                return "private"; // this network, carrier-grade NAT, benchmarking, reserved
            }
        }
        if (a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC) {
            return "private"; // unique local fc00::/7
        }
        return null;
    }

    private record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/");
            try {
                return new Cidr(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("dongtai.crawl.allowed-networks: '" + text + "' is not a CIDR block");
            }
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((b[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
