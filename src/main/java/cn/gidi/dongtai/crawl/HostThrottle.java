package cn.gidi.dongtai.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and the starts of two requests at least {@code delay}
 * apart. A host that answers 429 can push its next slot back ({@link #pushBack}).
 */
final class HostThrottle {

    private final Duration delay;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long nextStartNanos = System.nanoTime();
    }

    HostThrottle(Duration delay) {
        this.delay = delay;
    }

    <T> T call(String host, Callable<T> request) throws Exception {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.nextStartNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            slot.nextStartNanos = System.nanoTime() + delay.toNanos();
            return request.call();
        } finally {
            slot.lock.unlock();
        }
    }

    /** The host asked us to wait (Retry-After): no request to it before {@code wait} from now. */
    void pushBack(String host, Duration wait) {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.nextStartNanos = Math.max(slot.nextStartNanos, System.nanoTime() + wait.toNanos());
    }
}
