package cn.gidi.dongtai.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the sender sees it: the current instant and a way to wait. Production uses the system clock
 * and {@link Thread#sleep}; tests pass a clock they move themselves, so no test waits for real time.
 */
public interface MailClock {

    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    MailClock SYSTEM = new MailClock() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
            }
        }
    };
}
