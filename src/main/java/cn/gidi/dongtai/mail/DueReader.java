package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The reader of the delivery step: subscribers whose message is due, page by page in address order,
 * straight from the ledger (so a restarted run needs no saved reader state: the ledger is the state).
 * When a pass finds nothing due, it waits for deferred messages that fall due within
 * {@code maxWaitInRun} and makes another pass; later ones are left for the next run.
 */
class DueReader implements ItemReader<Ledger.Entry> {

    private static final Duration MIN_WAIT = Duration.ofMillis(1);

    private final Ledger ledger;
    private final String issueId;
    private final int pageSize;
    private final StageClock clock;
    private final Duration maxWait;
    private final Deque<Ledger.Entry> page = new ArrayDeque<>();
    private String after = "";

    DueReader(Ledger ledger, String issueId, int pageSize, StageClock clock, Duration maxWait) {
        this.ledger = ledger;
        this.issueId = issueId;
        this.pageSize = pageSize;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    @Override
    public Ledger.Entry read() throws InterruptedException {
        while (page.isEmpty()) {
            List<Ledger.Entry> next = ledger.due(issueId, after, pageSize);
            if (next.isEmpty() && !after.isEmpty()) {
                after = ""; // end of a pass: start again from the first address
                next = ledger.due(issueId, after, pageSize);
            }
            if (!next.isEmpty()) {
                page.addAll(next);
                after = next.get(next.size() - 1).email();
                break;
            }
            Optional<Instant> due = ledger.nextDue(issueId);
            Instant now = clock.now();
            if (due.isEmpty() || due.get().isAfter(now.plus(maxWait))) {
                return null;
            }
            Duration wait = Duration.between(now, due.get());
            clock.sleep(wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait);
        }
        return page.poll();
    }
}
