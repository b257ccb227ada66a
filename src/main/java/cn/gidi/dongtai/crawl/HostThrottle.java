package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.time.StageClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and the starts of two requests at least {@code delay}
 * apart. A host that answers 429 can push its next slot back ({@link #pushBack}). Time is read and waited
 * through a {@link StageClock}, so tests run it on a clock they control.
 */
final class HostThrottle {

    private final Duration delay;
    private final StageClock ticker;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long nextStartNanos;

        Slot(long now) {
            nextStartNanos = now;
        }
    }

    HostThrottle(Duration delay) {
        this(delay, StageClock.SYSTEM);
    }

    HostThrottle(Duration delay, StageClock ticker) {
        this.delay = delay;
        this.ticker = ticker;
    }

    <T> T call(String host, Callable<T> request) throws Exception {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot(ticker.nanoTime()));
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.nextStartNanos - ticker.nanoTime();
            while (wait > 0) {
                ticker.sleep(Duration.ofNanos(wait));
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
