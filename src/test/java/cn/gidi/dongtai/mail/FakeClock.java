package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps on it: backoff and pacing take no real time in tests. */
final class FakeClock implements StageClock {

    private final AtomicLong nanos = new AtomicLong(Instant.parse("2024-06-03T01:00:00Z").toEpochMilli() * 1_000_000L);
    private final AtomicLong slept = new AtomicLong();

    @Override
    public Instant now() {
        long n = nanos.get();
        return Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L);
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration d) {
        if (!d.isNegative()) {
            nanos.addAndGet(d.toNanos());
            slept.addAndGet(d.toNanos());
        }
    }

    Duration slept() {
        return Duration.ofNanos(slept.get());
    }
}
