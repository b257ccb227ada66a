package cn.gidi.dongtai.concurrent;

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
 * Work a short command does on the machine's other cores while its own thread goes on: a task started early, or a
 * function over a list. The threads are daemons made for the work by the calling thread, so they have its context
 * class loader (the fat jar's under {@code java -jar}, through which Spring finds its factories and settings files
 * and ImageIO its plugins), and a command line that fails leaves them unfinished without keeping the process alive.
 */
public final class Threads {

    private static final int MAX_THREADS = 4;

    private Threads() {
    }

    /** {@code task} on a daemon thread of its own, named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The task's result, or the exception it threw (not wrapped). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrapped(e.getCause());
        }
    }

    /**
     * {@code f} over {@code inputs} on all the machine's cores (up to four), results in the inputs' order; the
     * first failure is thrown as it was.
     */
    public static <T, R> List<R> map(String name, List<T> inputs, Function<T, R> f) {
        int threads = Math.min(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), inputs.size());
        if (threads < 2) {
            return inputs.stream().map(f).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
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
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof Error err) {
            throw err;
        }
        return cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    }
}
