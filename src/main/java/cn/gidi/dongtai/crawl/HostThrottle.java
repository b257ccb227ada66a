package cn.gidi.dongtai.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Politeness: one request at a time per host, and at least {@code delay} between the end of one
 * request and the start of the next to the same host. Different hosts proceed in parallel.
 */
final class HostThrottle {

    private final Duration delay;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = System.nanoTime();
    }

    HostThrottle(Duration delay) {
        this.delay = delay;
    }

    <T> T call(String host, Supplier<T> request) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                return request.get();
            } finally {
                slot.nextAllowedNanos = System.nanoTime() + delay.toNanos();
            }
        } finally {
            slot.lock.unlock();
        }
    }
}
