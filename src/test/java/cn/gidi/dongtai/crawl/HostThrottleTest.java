package cn.gidi.dongtai.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.time.StageClock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Politeness on a clock the test controls: waiting advances it, nothing depends on the machine's speed. */
class HostThrottleTest {

    /** A clock that moves only when someone waits on it. */
    static final class FakeTicker implements StageClock {
        final AtomicLong now = new AtomicLong(1_000_000_000L);

        @Override
        public Instant now() {
            return Instant.EPOCH.plusNanos(now.get());
        }

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleep(Duration d) {
            now.addAndGet(d.toNanos());
        }
    }

    @Test
    void startsOfTwoRequestsToOneHostAreAtLeastTheDelayApartAndNeverOverlap() throws Exception {
        FakeTicker clock = new FakeTicker();
        HostThrottle throttle = new HostThrottle(Duration.ofMillis(500), clock);
        List<Long> starts = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> throttle.call("gov.example", () -> {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    starts.add(clock.nanoTime());
                    clock.now.addAndGet(Duration.ofMillis(30).toNanos()); // the request itself takes 30 ms
                    inFlight.decrementAndGet();
                    return null;
                })));
            }
            for (Future<Object> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(starts).hasSize(12);
        assertThat(maxInFlight.get()).isEqualTo(1);
        List<Long> sorted = starts.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(Duration.ofMillis(500).toNanos());
        }
    }

    @Test
    void otherHostsAreNotHeldUpAndRetryAfterPushesTheNextStartBack() throws Exception {
        FakeTicker clock = new FakeTicker();
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(1), clock);
        long t0 = clock.nanoTime();
        throttle.call("a.example", () -> null);
        throttle.call("b.example", () -> null);
        assertThat(clock.nanoTime()).isEqualTo(t0); // a second host starts at once
        throttle.pushBack("a.example", Duration.ofSeconds(30));
        long[] started = new long[1];
        throttle.call("a.example", () -> started[0] = clock.nanoTime());
        assertThat(started[0] - t0).isGreaterThanOrEqualTo(Duration.ofSeconds(30).toNanos());
    }
}
