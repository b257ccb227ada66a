package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The writer of the delivery step: hands each subscriber of a chunk to one of {@code connections}
 * sender threads, each with its own SMTP session kept open across messages. Per message: claim the
 * ledger row (durable), send, settle the row (durable). 4xx: deferred with backoff; 421/450/451/454
 * also slow the whole sender; 5xx: failed with the reply; a dropped connection is reopened and the
 * message tried once more at once. After {@code stopAfterFailures} failures in a row the run stops.
 * <p>Each connection keeps the settlement of its last message and writes it in the same commit as the claim
 * of its next one ({@link Ledger#claim(Ledger.Entry, String, List)}), so a settlement is durable before the
 * next message on that connection starts, as when it had a commit of its own; at the end of each chunk the
 * settlements still held are written in one commit before the chunk returns. A crash leaves at most one row
 * per connection SENDING, the one claimed or just sent, as before: those are the messages in flight.
 */
class Dispatcher implements ItemWriter<Ledger.Entry>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final SmtpConnections smtp;
    private final PreparedIssue issue;
    private final Ledger ledger;
    private final MailSettings settings;
    private final StageClock clock;
    private final DeliveryProgress progress;
    private final Pace pace;
    private final ExecutorService threads;
    private final BlockingQueue<Lane> connections;
    private final List<Lane> all = new ArrayList<>();

    /** A connection and the settlement of its last message, not yet written (see the class comment). */
    private static final class Lane {
        final SmtpConnections.Connection connection;
        final List<Ledger.Settlement> unwritten = new ArrayList<>(1);

        Lane(SmtpConnections.Connection connection) {
            this.connection = connection;
        }
    }
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile boolean everConnected;
    private volatile String stopReason;

    Dispatcher(SmtpConnections smtp, PreparedIssue issue, Ledger ledger, MailSettings settings, StageClock clock,
               DeliveryProgress progress) {
        this.smtp = smtp;
        this.issue = issue;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
        this.pace = new Pace(clock, settings.rate());
        int n = Math.max(1, settings.connections());
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "smtp-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.connections = new ArrayBlockingQueue<>(n);
        for (int i = 0; i < n; i++) {
            Lane lane = new Lane(smtp.open());
            all.add(lane);
            connections.add(lane);
        }
    }

    @Override
    public void write(Chunk<? extends Ledger.Entry> chunk) throws Exception {
        List<Future<?>> sends = new ArrayList<>();
        for (Ledger.Entry e : chunk) {
            sends.add(threads.submit(() -> {
                deliver(e);
                return null;
            }));
        }
        for (Future<?> f : sends) {
            try {
                f.get();
            } catch (ExecutionException ex) {
                stopReason = "sending stopped: " + SmtpConnections.root(ex.getCause());
            }
        }
        writeSettlements();
        if (stopReason != null) {
            throw new DeliveryStoppedException(stopReason);
        }
    }

    private void deliver(Ledger.Entry e) throws InterruptedException {
        if (stopReason != null) {
            return;
        }
        pace.acquire();
        String messageId = e.messageId() != null ? e.messageId() : issue.newMessageId();
        InternetAddress to;
        try {
            to = new InternetAddress(e.email(), true);
            if (!SmtpWire.plain(e.email())) {
                throw new AddressException("not a plain ASCII address", e.email());
            }
        } catch (AddressException ex) {
            if (ledger.claim(e, messageId)) {
                ledger.failed(e, "not a valid address: " + ex.getMessage());
            }
            return;
        }
        Lane lane = connections.take();
        try {
            // The last message's settlement and this claim, in one commit (durable before this message starts).
            if (!ledger.claim(e, messageId, lane.unwritten)) {
                lane.unwritten.clear();
                return; // another sender took it meanwhile
            }
            lane.unwritten.clear();
            SmtpConnections.Connection c = lane.connection;
            PreparedIssue.Letter letter = issue.letter(smtp.session(), e.email(), e.name(), e.list(), messageId);
            SmtpReply reply = c.send(letter, to);
            if (reply.kind() == SmtpReply.Kind.CONNECTION_LOST) {
                log.info("issue {} to {}: {}; reconnecting", issue.issueId(), e.email(), reply.describe());
                reply = c.send(letter, to);
            }
            Ledger.Settlement s = settle(e, reply);
            if (s != null) {
                lane.unwritten.add(s);
            }
        } catch (MessagingException ex) {
            ledger.failed(e, "cannot build the message: " + ex.getMessage());
        } finally {
            connections.put(lane);
        }
    }

    /** Writes the settlements the connections still hold, in one commit (end of a chunk, or of the run). */
    private void writeSettlements() {
        List<Ledger.Settlement> held = new ArrayList<>();
        for (Lane lane : all) {
            held.addAll(lane.unwritten);
        }
        ledger.settle(held);
        for (Lane lane : all) {
            lane.unwritten.clear();
        }
    }

    /**
     * What the reply means for the row (returned, written with the connection's next claim), the sender's pace
     * and the run; null when the row was written here already (given back untried).
     */
    private Ledger.Settlement settle(Ledger.Entry e, SmtpReply reply) {
        int attempts = e.attempts() + 1;
        Ledger.Settlement settlement;
        switch (reply.kind()) {
            case ACCEPTED -> {
                everConnected = true;
                failuresInARow.set(0);
                pace.accepted();
                progress.settled(e.email(), "sent", true);
                return new Ledger.Settlement(e, Ledger.Status.SENT, reply.describe(), null);
            }
            case REFUSED -> {
                settlement = new Ledger.Settlement(e, Ledger.Status.FAILED, reply.describe(), null);
                progress.settled(e.email(), "failed: " + reply.describe(), true);
            }
            case DEFERRED -> {
                if (reply.busy()) {
                    pace.slowDown();
                }
                if (attempts >= settings.maxAttempts()) {
                    settlement = new Ledger.Settlement(e, Ledger.Status.FAILED,
                            "gave up after " + attempts + " attempts; last reply: " + reply.describe(), null);
                    progress.settled(e.email(), "failed", true);
                } else {
                    settlement = new Ledger.Settlement(e, Ledger.Status.DEFERRED, reply.describe(),
                            clock.now().plus(backoff(attempts)));
                    progress.settled(e.email(), "deferred: " + reply.describe(), false);
                }
            }
            case CONNECTION_LOST -> {
                settlement = new Ledger.Settlement(e, Ledger.Status.DEFERRED, reply.describe(),
                        clock.now().plus(backoff(attempts)));
                progress.settled(e.email(), "deferred: " + reply.describe(), false);
            }
            case UNREACHABLE -> {
                ledger.release(e, reply.describe());
                settlement = null;
                if (!everConnected) {
                    stopReason = reply.describe() + "; check spring.mail.host/port (SPRING_MAIL_HOST, SPRING_MAIL_PORT) "
                            + "and run send again: nobody is mailed twice";
                    return null;
                }
            }
            default -> throw new IllegalStateException(reply.kind().name());
        }
        everConnected |= reply.code() > 0;
        // A recipient's own refusal or deferral says nothing about the server; everything else does.
        if (reply.kind() == SmtpReply.Kind.REFUSED || reply.kind() == SmtpReply.Kind.DEFERRED) {
            if (!reply.serverWide()) {
                return settlement;
            }
        }
        int n = failuresInARow.incrementAndGet();
        if (n >= settings.stopAfterFailures() && stopReason == null) {
            stopReason = "stopped after " + n + " failures in a row; last: " + reply.describe()
                    + "; run send again to resume from the ledger (nobody is mailed twice)";
        }
        return settlement;
    }

    Duration backoff(int attempts) {
        Duration d = settings.retryBackoff().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
    }

    Instant now() {
        return clock.now();
    }

    @Override
    public void close() {
        threads.shutdownNow();
        writeSettlements(); // normally none left: each chunk writes its own
        all.forEach(lane -> lane.connection.close());
    }
}
