package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.crawl.HostileSite;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback front for a {@link HostileSite} whose {@code today.html} list page holds its first caller until
 * {@link #release()}: a job caught in the middle of its crawl, for as long as the test needs. Every other request
 * (and every later one) is answered with the site's own response.
 */
final class StallingSite implements AutoCloseable {

    private final HttpServer server;
    private final CountDownLatch firstCaller = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger listHits = new AtomicInteger();

    StallingSite(HostileSite site) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath().substring(1);
                if (path.equals("today.html") && listHits.incrementAndGet() == 1) {
                    firstCaller.countDown();
                    release.await(300, TimeUnit.SECONDS);
                }
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                r.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
                exchange.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                exchange.getResponseBody().write(r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    String listUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/today.html";
    }

    /** Waits until a crawler is held on the list page. */
    boolean awaitFirstCaller() throws InterruptedException {
        return firstCaller.await(180, TimeUnit.SECONDS);
    }

    void release() {
        release.countDown();
    }

    int listHits() {
        return listHits.get();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
