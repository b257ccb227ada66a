package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sender's speed over all connections: at most {@code rate} messages per second (0: no limit),
 * slowed down when the server says it is busy (421, 450, 451, 454) and back to speed, step by step,
 * as messages are accepted again. Waits through {@link StageClock}, so tests control time.
 */
final class Pace {

    /** Gap added per busy reply when no rate is set; doubled per further busy reply. */
    static final Duration FIRST_SLOWDOWN = Duration.ofMillis(100);
    static final Duration MAX_GAP = Duration.ofSeconds(10);

    private final StageClock clock;
    private final Duration baseGap;
    private Duration gap;
    private Instant next;

    Pace(StageClock clock, double rate) {
        this.clock = clock;
        this.baseGap = rate <= 0 ? Duration.ZERO : Duration.ofNanos((long) (1_000_000_000L / rate));
        this.gap = baseGap;
    }

    /** Waits until the next message may start. */
    void acquire() throws InterruptedException {
        Duration wait;
        synchronized (this) {
            Instant now = clock.now();
            Instant start = next == null || next.isBefore(now) ? now : next;
            next = start.plus(gap);
            wait = Duration.between(now, start);
        }
        if (!wait.isZero() && !wait.isNegative()) {
            clock.sleep(wait);
        }
    }

    /** The server said it is busy: double the gap between messages. */
    synchronized void slowDown() {
        gap = gap.isZero() ? FIRST_SLOWDOWN : gap.multipliedBy(2);
        if (gap.compareTo(MAX_GAP) > 0) {
            gap = MAX_GAP;
        }
    }

    /** A message was accepted: take a tenth of the extra gap back. */
    synchronized void accepted() {
        if (gap.compareTo(baseGap) > 0) {
            Duration extra = gap.minus(baseGap);
            gap = extra.compareTo(Duration.ofMillis(5)) < 0 ? baseGap : baseGap.plus(extra.multipliedBy(9).dividedBy(10));
        }
    }

    synchronized Duration gap() {
        return gap;
    }
}
