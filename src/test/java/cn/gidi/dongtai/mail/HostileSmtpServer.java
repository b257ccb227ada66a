package cn.gidi.dongtai.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * An SMTP server on loopback that misbehaves on purpose: it can answer 451 to each recipient's first
 * attempt, refuse some recipients with 550, answer 421 to every n-th MAIL FROM (and hang up), and drop
 * the connection after every m-th accepted message. It records every accepted message by recipient and
 * Message-ID, and every command verb it saw (to prove, e.g., that no AUTH was sent in clear text).
 * It offers PIPELINING unless told not to, and reads pipelined commands in order as a real server does.
 */
public final class HostileSmtpServer implements AutoCloseable {

    public record Received(String recipient, String messageId, int bytes) {
    }

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> verbs = ConcurrentHashMap.newKeySet();
    private final Set<String> triedOnce = ConcurrentHashMap.newKeySet();
    private final AtomicInteger mails = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean deferFirstAttempt;
    private volatile Predicate<String> refuse = r -> false;
    private volatile int busyEvery;
    private volatile int dropEvery;
    private volatile boolean offerAuth;
    /** Advertised by default: the client then sends MAIL, RCPT and DATA in one write (RFC 2920). */
    private volatile boolean pipelining = true;
    private final java.util.concurrent.atomic.AtomicBoolean stallFirstMail = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile IntConsumer onAccepted = n -> { };
    private volatile boolean open = true;

    public HostileSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "hostile-smtp");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public HostileSmtpServer deferFirstAttempt() {
        deferFirstAttempt = true;
        return this;
    }

    public HostileSmtpServer refuse(Predicate<String> recipients) {
        refuse = recipients;
        return this;
    }

    /** 421 and hang-up on every n-th MAIL FROM. */
    public HostileSmtpServer busyEvery(int n) {
        busyEvery = n;
        return this;
    }

    /** Hang up after every m-th accepted message (after its 250). */
    public HostileSmtpServer dropEvery(int m) {
        dropEvery = m;
        return this;
    }

    /** Never answer the first MAIL FROM: the connection hangs until the client gives up on it. */
    public HostileSmtpServer stallFirstMail() {
        stallFirstMail.set(true);
        return this;
    }

    /** Do not advertise PIPELINING: the client waits for each reply before the next command. */
    public HostileSmtpServer withoutPipelining() {
        pipelining = false;
        return this;
    }

    /** Advertise AUTH (and no STARTTLS). */
    public HostileSmtpServer offerAuth() {
        offerAuth = true;
        return this;
    }

    /** Called with the running count after each accepted message, before its 250 is written. */
    public HostileSmtpServer onAccepted(IntConsumer hook) {
        onAccepted = hook;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public Map<String, Long> copiesPerRecipient() {
        Map<String, Long> m = new ConcurrentHashMap<>();
        received.forEach(r -> m.merge(r.recipient(), 1L, Long::sum));
        return m;
    }

    public Set<String> verbs() {
        return verbs;
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket s = server.accept();
                sockets.add(s);
                connections.incrementAndGet();
                Thread t = new Thread(() -> session(s), "hostile-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 hostile.test ESMTP");
            String rcpt = null;
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                verbs.add(verb);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-hostile.test\r\n250-8BITMIME\r\n" + (pipelining ? "250-PIPELINING\r\n" : "") + (offerAuth ? "250-AUTH PLAIN LOGIN\r\n" : "")
                            + "250 HELP");
                    case "HELO" -> reply(out, "250 hostile.test");
                    case "MAIL" -> {
                        if (stallFirstMail.compareAndSet(true, false)) {
                            while (readLine(in) != null) {
                                // say nothing until the client hangs up
                            }
                            return;
                        }
                        int n = mails.incrementAndGet();
                        if (busyEvery > 0 && n % busyEvery == 0) {
                            reply(out, "421 4.7.0 too busy, try later");
                            return;
                        }
                        rcpt = null;
                        reply(out, "250 2.1.0 ok");
                    }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase(Locale.ROOT);
                        if (refuse.test(address)) {
                            reply(out, "550 5.1.1 <" + address + ">: no such user");
                        } else if (deferFirstAttempt && triedOnce.add(address)) {
                            reply(out, "451 4.7.1 greylisted, come back later");
                        } else {
                            rcpt = address;
                            reply(out, "250 2.1.5 ok");
                        }
                    }
                    case "DATA" -> {
                        if (rcpt == null) {
                            reply(out, "503 5.5.1 no valid recipients");
                            continue;
                        }
                        reply(out, "354 go ahead");
                        String[] messageId = {null};
                        int bytes = readData(in, messageId);
                        if (bytes < 0) {
                            return; // the client went away in the middle of the message: not accepted
                        }
                        received.add(new Received(rcpt, messageId[0], bytes));
                        int n = accepted.incrementAndGet();
                        onAccepted.accept(n);
                        reply(out, "250 2.0.0 queued as " + n);
                        rcpt = null;
                        if (dropEvery > 0 && n % dropEvery == 0) {
                            return; // hang up without a word
                        }
                    }
                    case "RSET" -> {
                        rcpt = null;
                        reply(out, "250 ok");
                    }
                    case "NOOP" -> reply(out, "250 ok");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            sockets.remove(socket);
        }
    }

    private static int readData(InputStream in, String[] messageId) throws IOException {
        int bytes = 0;
        boolean headers = true;
        while (true) {
            String line = readLine(in);
            if (line == null) {
                return -1;
            }
            if (line.equals(".")) {
                return bytes;
            }
            bytes += line.length() + 2;
            if (headers) {
                if (line.isEmpty()) {
                    headers = false;
                } else if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    messageId[0] = line.substring(11).trim();
                }
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] a = b.toByteArray();
                int len = a.length > 0 && a[a.length - 1] == '\r' ? a.length - 1 : a.length;
                return new String(a, 0, len, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        return null;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
