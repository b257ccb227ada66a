package cn.gidi.dongtai.mail;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The SMTP client's plain sockets. Nagle's algorithm is off: SMTP is a dialogue of short commands after
 * a long body, and with Nagle on the short lines wait for the peer's delayed ACK. Output goes to the
 * kernel in 64 KiB blocks. Each socket records when it last moved a byte, so that a watchdog
 * ({@link SmtpConnections}) can close a connection that has stalled: a socket read timeout
 * (SO_TIMEOUT) would do the same, but the JDK's timed reads cost a third of the throughput here.
 */
final class NoDelaySockets extends SocketFactory {

    static final int WRITE_BUFFER = 64 * 1024;

    /** The socket most recently made on this thread (the connection that just connected takes it). */
    private static final ThreadLocal<WatchedSocket> LAST = new ThreadLocal<>();

    static WatchedSocket takeLast() {
        WatchedSocket s = LAST.get();
        LAST.remove();
        return s;
    }

    private static Socket made(WatchedSocket s) throws IOException {
        s.setTcpNoDelay(true);
        LAST.set(s);
        return s;
    }

    @Override
    public Socket createSocket() throws IOException {
        return made(new WatchedSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private static Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        WatchedSocket s = new WatchedSocket();
        if (local != null) {
            s.bind(local);
        }
        s.connect(remote);
        return made(s);
    }

    /** A socket with buffered output that remembers when it last read or wrote. */
    static final class WatchedSocket extends Socket {
        private volatile long lastActivity = System.nanoTime();
        private OutputStream out;
        private InputStream in;

        long idleNanos() {
            return System.nanoTime() - lastActivity;
        }

        void touch() {
            lastActivity = System.nanoTime();
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        touch();
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        touch();
                        return n;
                    }
                };
            }
            return in;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                OutputStream raw = super.getOutputStream();
                out = new BufferedOutputStream(new FilterOutputStream(raw) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        raw.write(b, off, len);
                        touch();
                    }
                }, WRITE_BUFFER);
            }
            return out;
        }
    }
}
