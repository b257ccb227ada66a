package cn.gidi.dongtai.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and the starts of two requests at least {@code delay}
 * apart. A host that answers 429 can push its next slot back ({@link #pushBack}). Time is read and waited
 * through a {@link Ticker}, so tests run it on a clock they control.
 */
final class HostThrottle {

    /** The clock the throttle reads and waits on. */
    interface Ticker {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };
    }

    private final Duration delay;
    private final Ticker ticker;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long nextStartNanos;

        Slot(long now) {
            nextStartNanos = now;
        }
    }

    HostThrottle(Duration delay) {
        this(delay, Ticker.SYSTEM);
    }

    HostThrottle(Duration delay, Ticker ticker) {
        this.delay = delay;
        this.ticker = ticker;
    }

    <T> T call(String host, Callable<T> request) throws Exception {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot(ticker.nanoTime()));
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.nextStartNanos - ticker.nanoTime();
            while (wait > 0) {
                ticker.sleepNanos(wait);
                wait = slot.nextStartNanos - ticker.nanoTime();
            }
            slot.nextStartNanos = ticker.nanoTime() + delay.toNanos();
            return request.call();
        } finally {
            slot.lock.unlock();
        }
    }

    /** The host asked us to wait (Retry-After): no request to it before {@code wait} from now. */
    void pushBack(String host, Duration wait) {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot(ticker.nanoTime()));
        slot.nextStartNanos = Math.max(slot.nextStartNanos, ticker.nanoTime() + wait.toNanos());
    }
}
