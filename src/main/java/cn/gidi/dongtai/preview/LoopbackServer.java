package cn.gidi.dongtai.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A small HTTP server (the JDK's) bound to one address, 127.0.0.1 unless told otherwise. Serves files
 * from a folder, never outside it; routes can be added for generated pages. Used by {@code preview} and
 * by the offline demo, which serves saved source pages from it.
 */
public final class LoopbackServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("shtml", "text/html"),
            Map.entry("pdf", "application/pdf"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"));

    private final HttpServer server;

    public LoopbackServer(String bindAddress, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bindAddress + ":" + port + " (" + e.getMessage()
                    + "); choose another port with --port", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http-" + port);
            t.setDaemon(true);
            return t;
        }));
    }

    /** Serves {@code folder} under {@code prefix} (e.g. "/"). HTML is sent without a charset, as many sites do. */
    public LoopbackServer files(String prefix, Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        server.createContext(prefix, exchange -> {
            try (exchange) {
                String rel = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(prefix.length()),
                        StandardCharsets.UTF_8);
                Path file = root.resolve(rel).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                send(exchange, 200, typeOf(file), Files.readAllBytes(file));
            }
        });
        return this;
    }

    public LoopbackServer route(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public LoopbackServer start() {
        server.start();
        return this;
    }

    public String baseUrl() {
        InetSocketAddress a = server.getAddress();
        return "http://" + a.getHostString() + ":" + a.getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
