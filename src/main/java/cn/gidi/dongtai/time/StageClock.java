package cn.gidi.dongtai.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as a stage sees it: the current instant, a monotonic reading for intervals, and a way to wait. The crawl's
 * politeness and the sender's pacing and backoff both read and wait through it; production uses {@link #SYSTEM},
 * tests pass a clock they move themselves, so no test waits for real time or depends on the machine's speed.
 */
public interface StageClock {

    Instant now();

    /** A monotonic reading in nanoseconds, for intervals only (as {@link System#nanoTime()}). */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    StageClock SYSTEM = new StageClock() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
            }
        }
    };
}
