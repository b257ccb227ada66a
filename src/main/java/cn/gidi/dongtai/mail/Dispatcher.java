package cn.gidi.dongtai.mail;

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
 */
class Dispatcher implements ItemWriter<Ledger.Entry>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final SmtpConnections smtp;
    private final PreparedIssue issue;
    private final Ledger ledger;
    private final MailSettings settings;
    private final MailClock clock;
    private final DeliveryProgress progress;
    private final Pace pace;
    private final ExecutorService threads;
    private final BlockingQueue<SmtpConnections.Connection> connections;
    private final List<SmtpConnections.Connection> all = new ArrayList<>();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile boolean everConnected;
    private volatile String stopReason;

    Dispatcher(SmtpConnections smtp, PreparedIssue issue, Ledger ledger, MailSettings settings, MailClock clock,
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
            SmtpConnections.Connection c = smtp.open();
            all.add(c);
            connections.add(c);
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
        if (!ledger.claim(e, messageId)) {
            return; // another sender took it meanwhile
        }
        SmtpConnections.Connection c = connections.take();
        try {
            PreparedIssue.Letter letter = issue.letter(smtp.session(), e.email(), e.name(), e.list(), messageId);
            SmtpReply reply = c.send(letter, to);
            if (reply.kind() == SmtpReply.Kind.CONNECTION_LOST) {
                log.info("issue {} to {}: {}; reconnecting", issue.issueId(), e.email(), reply.describe());
                reply = c.send(letter, to);
            }
            settle(e, reply);
        } catch (MessagingException ex) {
            ledger.failed(e, "cannot build the message: " + ex.getMessage());
        } finally {
            connections.put(c);
        }
    }

    private void settle(Ledger.Entry e, SmtpReply reply) {
        int attempts = e.attempts() + 1;
        switch (reply.kind()) {
            case ACCEPTED -> {
                ledger.sent(e, reply.describe());
                everConnected = true;
                failuresInARow.set(0);
                pace.accepted();
                progress.settled(e.email(), "sent", true);
                return;
            }
            case REFUSED -> {
                ledger.failed(e, reply.describe());
                progress.settled(e.email(), "failed: " + reply.describe(), true);
            }
            case DEFERRED -> {
                if (reply.busy()) {
                    pace.slowDown();
                }
                if (attempts >= settings.maxAttempts()) {
                    ledger.failed(e, "gave up after " + attempts + " attempts; last reply: " + reply.describe());
                    progress.settled(e.email(), "failed", true);
                } else {
                    ledger.deferred(e, reply.describe(), clock.now().plus(backoff(attempts)));
                    progress.settled(e.email(), "deferred: " + reply.describe(), false);
                }
            }
            case CONNECTION_LOST -> {
                ledger.deferred(e, reply.describe(), clock.now().plus(backoff(attempts)));
                progress.settled(e.email(), "deferred: " + reply.describe(), false);
            }
            case UNREACHABLE -> {
                ledger.release(e, reply.describe());
                if (!everConnected) {
                    stopReason = reply.describe() + "; check spring.mail.host/port (SPRING_MAIL_HOST, SPRING_MAIL_PORT) "
                            + "and run send again: nobody is mailed twice";
                    return;
                }
            }
            default -> throw new IllegalStateException(reply.kind().name());
        }
        everConnected |= reply.code() > 0;
        // A recipient's own refusal or deferral says nothing about the server; everything else does.
        if (reply.kind() == SmtpReply.Kind.REFUSED || reply.kind() == SmtpReply.Kind.DEFERRED) {
            if (!reply.serverWide()) {
                return;
            }
        }
        int n = failuresInARow.incrementAndGet();
        if (n >= settings.stopAfterFailures() && stopReason == null) {
            stopReason = "stopped after " + n + " failures in a row; last: " + reply.describe()
                    + "; run send again to resume from the ledger (nobody is mailed twice)";
        }
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
        all.forEach(SmtpConnections.Connection::close);
    }
}
