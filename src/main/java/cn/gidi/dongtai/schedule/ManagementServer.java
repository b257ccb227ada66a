package cn.gidi.dongtai.schedule;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusOutputFormat;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actuator's health and (when enabled) Prometheus endpoints for a running {@code schedule}, on a port of its
 * own bound to loopback ({@code dongtai.schedule.management-port}, {@code management-bind}). It serves exactly
 * two read-only paths, {@code /health} and {@code /prometheus}: no console, no files, nothing that changes
 * anything. (The console's web server exposes no Actuator endpoint: {@code management.server.port} is -1.)
 */
@Component
@Lazy
public class ManagementServer implements AutoCloseable {

    private final HealthEndpoint health;
    private final ObjectProvider<PrometheusScrapeEndpoint> prometheus;
    private final ScheduleProperties settings;
    private final JsonMapper json = JsonMapper.builder().build();
    private HttpServer server;

    ManagementServer(HealthEndpoint health, ObjectProvider<PrometheusScrapeEndpoint> prometheus,
                     ScheduleProperties settings) {
        this.health = health;
        this.prometheus = prometheus;
        this.settings = settings;
    }

    /** Starts serving if a management port is configured; returns the base URL, or null if none is. */
    public String start() {
        if (settings.managementPort() == null) {
            return null;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(settings.managementBind(), settings.managementPort()), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.managementBind() + ":"
                    + settings.managementPort() + " for health and metrics (dongtai.schedule.management-port): "
                    + e.getMessage(), e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "dongtai-management");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
        return "http://" + settings.managementBind() + ":" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain", "GET only\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/health")) {
                HealthDescriptor h = health.health();
                int status = h.getStatus().getCode().equals("UP") ? 200 : 503;
                send(exchange, status, "application/json", json.writeValueAsBytes(h));
            } else if (path.equals("/prometheus") && prometheus.getIfAvailable() != null) {
                WebEndpointResponse<byte[]> r = prometheus.getObject().scrape(PrometheusOutputFormat.CONTENT_TYPE_004, null);
                send(exchange, r.getStatus(), PrometheusOutputFormat.CONTENT_TYPE_004.getProducedMimeType().toString(),
                        r.getBody());
            } else {
                send(exchange, 404, "text/plain", "not found: /health and /prometheus only\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
