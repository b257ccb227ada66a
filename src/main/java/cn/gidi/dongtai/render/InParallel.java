package cn.gidi.dongtai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A function over a list on all the machine's cores (up to four), results in the list's order. The threads are
 * made for the call by the calling thread, so they have its context class loader (the fat jar's, under
 * {@code java -jar}: ImageIO finds its plugins through it), and end with it.
 */
final class InParallel {

    private static final int MAX_THREADS = 4;

    private InParallel() {
    }

    /** {@code task} on a daemon thread of its own, made by the calling thread (see above). */
    static <T> CompletableFuture<T> start(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The task's result, or the exception it threw (not wrapped). */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrapped(e.getCause());
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof Error err) {
            throw err;
        }
        return cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    }

    static <T, R> List<R> map(List<T> inputs, Function<T, R> f) {
        int threads = Math.min(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), inputs.size());
        if (threads < 2) {
            return inputs.stream().map(f).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T in : inputs) {
                futures.add(pool.submit(() -> f.apply(in)));
            }
            List<R> results = new ArrayList<>(inputs.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the items", e);
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
