package cn.gidi.dongtai.mail;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off. SMTP is a dialogue of short commands after a long body:
 * with Nagle on, the short ".", MAIL, RCPT and DATA lines wait for the peer's delayed ACK (up to 40 ms
 * each), which capped a connection at a few messages per second.
 */
final class NoDelaySockets extends SocketFactory {

    /** Writes reach the kernel in blocks of this size (Jakarta Mail's own buffer is 8 KiB). */
    static final int WRITE_BUFFER = 64 * 1024;

    private static Socket noDelay(Socket s) throws IOException {
        s.setTcpNoDelay(true);
        return s;
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(new BufferedSocket());
    }

    /**
     * A socket whose output is buffered in large blocks until flushed: a message body goes out in 64 KiB
     * writes instead of 8 KiB ones, so the server reads it in fewer, larger reads.
     */
    private static final class BufferedSocket extends Socket {
        private OutputStream out;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new BufferedOutputStream(super.getOutputStream(), WRITE_BUFFER);
            }
            return out;
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(new Socket(address, port, localAddress, localPort));
    }
}
