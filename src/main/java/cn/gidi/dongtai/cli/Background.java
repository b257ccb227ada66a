package cn.gidi.dongtai.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a short command starts early on the machine's other core, while its thread goes on: each task on a daemon
 * thread of its own (a command line that fails leaves it unfinished, and the process still ends), which inherits the
 * caller's context class loader (the fat jar's under {@code java -jar}, where settings files and Spring's factories
 * are found).
 */
final class Background {

    private Background() {
    }

    static <T> CompletableFuture<T> start(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, r -> {
            Thread t = new Thread(r, "dongtai-" + name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The task's result, or the exception it threw (not wrapped). */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
