package cn.gidi.dongtai.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.boot.mail.autoconfigure.MailProperties;

/**
 * Opens SMTP connections to the server named by {@code spring.mail.*}. Whenever credentials are set,
 * TLS is required: STARTTLS must succeed before AUTH (or the connection is SMTPS), so a password never
 * crosses the wire in clear text. The password is handed to the transport, never put into the session
 * properties or logged.
 */
final class SmtpConnections {

    private final Session session;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String protocol;
    private final long idleLimitNanos;
    private final boolean watched;

    SmtpConnections(MailProperties mail) {
        this.host = mail.getHost() == null ? "localhost" : mail.getHost();
        this.port = mail.getPort() == null ? 25 : mail.getPort();
        this.username = mail.getUsername() == null || mail.getUsername().isBlank() ? null : mail.getUsername();
        this.password = mail.getPassword();
        Properties p = new Properties();
        for (Map.Entry<String, String> e : mail.getProperties().entrySet()) {
            p.setProperty(e.getKey(), e.getValue());
        }
        boolean ssl = Boolean.parseBoolean(p.getProperty("mail.smtp.ssl.enable", "false"))
                || "smtps".equals(mail.getProtocol());
        this.protocol = ssl ? "smtps" : "smtp";
        if (username != null) {
            if (!ssl && "false".equalsIgnoreCase(p.getProperty("mail.smtp.starttls.required", "true"))) {
                throw new IllegalStateException("spring.mail.username is set but mail.smtp.starttls.required is false: "
                        + "dongtai does not send a password without TLS; remove that setting or the credentials");
            }
            p.setProperty("mail." + protocol + ".auth", "true");
            if (!ssl) {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
        } else {
            p.setProperty("mail." + protocol + ".auth", "false");
        }
        p.putIfAbsent("mail." + protocol + ".connectiontimeout", "10000");
        // After connecting, the read timeout of plain connections is kept by a watchdog (see NoDelaySockets).
        this.idleLimitNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(
                Long.parseLong(p.getProperty("mail." + protocol + ".timeout", "30000")));
        // No write timeout: Jakarta Mail implements it by handing every socket write to a timer thread,
        // which cost more than the write. A stalled server is still caught by the read timeout.
        p.remove("mail." + protocol + ".writetimeout");
        p.remove("mail.debug");
        this.watched = !ssl && !p.containsKey("mail.smtp.socketFactory") && !p.containsKey("mail.smtp.socketFactory.class");
        if (watched) {
            p.put("mail.smtp.socketFactory", new NoDelaySockets());
        }
        p.putIfAbsent("mail." + protocol + ".timeout", "30000");
        p.setProperty("mail." + protocol + ".quitwait", "false"); // do not wait for a goodbye from a server we leave
        this.session = Session.getInstance(p);
    }

    Session session() {
        return session;
    }

    String describe() {
        return host + ":" + port + (username == null ? "" : " as " + username + " (TLS required)");
    }

    Connection open() {
        return new Connection();
    }

    /** Closes connections whose socket has moved no byte for the read timeout while a message is being sent. */
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "smtp-watchdog");
                t.setDaemon(true);
                return t;
            });

    /** One SMTP session kept open across messages; reopened after the server drops or ends it. */
    final class Connection implements AutoCloseable {

        private SMTPTransport transport;
        /** The transaction written by dongtai itself on a plain connection; null on TLS (Jakarta Mail's path). */
        private SmtpWire wire;
        private volatile NoDelaySockets.WatchedSocket socket;
        private volatile boolean sending;
        private java.util.concurrent.ScheduledFuture<?> watch;

        private Connection() {
        }

        private void connect() throws MessagingException {
            try {
                transport = (SMTPTransport) session.getTransport(protocol);
            } catch (NoSuchProviderException e) {
                throw new IllegalStateException("no SMTP provider for " + protocol, e);
            }
            try {
                transport.connect(host, port, username, username == null ? null : password); // SO_TIMEOUT applies here
            } finally {
                socket = watched ? NoDelaySockets.takeLast() : null;
            }
            if (socket != null) {
                try {
                    socket.setSoTimeout(0); // from now on the watchdog keeps the timeout, at no cost per read
                } catch (java.net.SocketException e) {
                    throw new MessagingException("cannot configure the SMTP connection", e);
                }
            }
            if (socket != null && !transport.isSSL()) {
                try {
                    wire = new SmtpWire(socket.getInputStream(), socket.getOutputStream(),
                            transport.supportsExtension("PIPELINING"));
                } catch (java.io.IOException e) {
                    throw new MessagingException("cannot use the SMTP connection", e);
                }
            }
            if (watched && watch == null) {
                watch = WATCHDOG.scheduleWithFixedDelay(this::checkStalled, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
            }
        }

        private void checkStalled() {
            NoDelaySockets.WatchedSocket s = socket;
            if (sending && s != null && s.idleNanos() > idleLimitNanos) {
                try {
                    s.close(); // the blocked read or write fails, and the message is retried on a new connection
                } catch (java.io.IOException ignored) {
                    // closing is all we wanted
                }
            }
        }

        /**
         * Sends one message to one address; never throws for what the server answered or for a lost
         * connection. Throws only when the message itself cannot be made.
         */
        SmtpReply send(PreparedIssue.Letter letter, InternetAddress to) throws MessagingException {
            try {
                if (transport == null) { // no NOOP probe per message: a dropped session shows on the next command
                    connect();
                }
            } catch (MessagingException e) {
                transport = null;
                return SmtpReply.unreachable("cannot connect to " + host + ":" + port + ": " + root(e));
            }
            NoDelaySockets.WatchedSocket s = socket;
            if (s != null) {
                s.touch();
            }
            SmtpWire w = wire;
            PreparedIssue.Wire bytes = w != null ? letter.wire() : null;
            MimeMessage message = w == null ? letter.mime() : null;
            sending = true;
            try {
                if (w != null) {
                    SmtpReply reply = w.send(letter.envelopeFrom(), to.getAddress(), bytes);
                    if (reply.closesSession()) {
                        close();
                    }
                    return reply;
                }
                transport.sendMessage(message, new Address[] {to});
                return SmtpReply.of(transport.getLastReturnCode(), transport.getLastServerResponse());
            } catch (SendFailedException e) {
                SmtpReply reply = reply(e);
                if (reply.closesSession()) {
                    close();
                }
                return reply;
            } catch (MessagingException | java.io.IOException e) {
                close();
                return SmtpReply.lost("connection lost: " + root(e));
            } finally {
                sending = false;
            }
        }

        private static SmtpReply reply(SendFailedException e) {
            for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
                if (x instanceof SMTPAddressFailedException a) {
                    return SmtpReply.recipient(a.getReturnCode(), a.getMessage());
                }
                if (x instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                    return SmtpReply.of(s.getReturnCode(), s.getMessage());
                }
            }
            return SmtpReply.lost("connection lost: " + root(e));
        }

        @Override
        public void close() {
            if (watch != null) {
                watch.cancel(false);
                watch = null;
            }
            socket = null;
            wire = null;
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException ignored) {
                    // the server went away already; nothing to tidy
                }
                transport = null;
            }
        }
    }

    static String root(Throwable e) {
        String best = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null) {
                best = best + " (" + t.getMessage() + ")";
                break;
            }
        }
        return best == null ? e.getClass().getSimpleName() : best.replaceAll("\\s+", " ").trim();
    }
}
