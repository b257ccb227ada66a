package cn.gidi.dongtai.crawl;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One worker thread per host: a host's requests run one after another (its politeness delay then
 * costs only that host's worker), while different hosts proceed in parallel.
 */
final class HostQueues implements AutoCloseable {

    private final Map<String, ExecutorService> workers = new ConcurrentHashMap<>();

    <T> CompletableFuture<T> submit(String url, Callable<T> task) {
        String host;
        try {
            URI u = URI.create(url);
            host = u.getHost() == null ? url : HttpPageFetcher.hostKey(u);
        } catch (IllegalArgumentException e) {
            host = url;
        }
        ExecutorService worker = workers.computeIfAbsent(host, h -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crawl-" + h);
            t.setDaemon(true);
            return t;
        }));
        CompletableFuture<T> f = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    @Override
    public void close() {
        workers.values().forEach(ExecutorService::shutdownNow);
    }
}
