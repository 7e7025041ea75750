package nl.weerbaar.bot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on 127.0.0.1 that a test stops and starts: stopping closes the listening socket and
 * every connection through it, as a server that goes away does (new connections are refused);
 * starting listens on the same port again. Used for the database and for Slack's Web API.
 */
public final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.port = freePortBelowEphemeralRange();
        start();
    }

    /**
     * A free port below the kernel's ephemeral range: while the proxy is stopped, no outgoing
     * connection (of this JVM or another process) can be given its port, so it can listen on it
     * again. An ephemeral port was taken that way once ("Address already in use" on restart).
     */
    private static int freePortBelowEphemeralRange() throws IOException {
        int lowestEphemeral = 32768;
        try {
            // not Files.readString: on this JDK it reads a size-0 /proc file short (just "3")
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .get(0)
                    .strip();
            lowestEphemeral = Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            // keep Linux's default
        }
        int from = Math.max(1024, lowestEphemeral - 12_000);
        int span = Math.max(1, lowestEphemeral - from);
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = from + ThreadLocalRandom.current().nextInt(span);
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between " + from + " and " + lowestEphemeral);
    }

    public int port() {
        return port;
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket s = bindWithin(Duration.ofSeconds(5));
        server = s;
        Thread accept = new Thread(() -> acceptLoop(s), "tcp-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /**
     * Binds the proxy's port again; a connection of the previous run that the kernel has not let go
     * of yet can hold it for a moment after {@link #stop}, so binding is retried for a while.
     */
    private ServerSocket bindWithin(Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            try {
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return s;
            } catch (BindException stillHeld) {
                closeQuietly(s);
                if (System.nanoTime() > deadline) {
                    throw stillHeld;
                }
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
    }

    public synchronized void stop() {
        ServerSocket s = server;
        server = null;
        closeQuietly(s);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                synchronized (this) {
                    if (server != s) { // stopped while accepting: this connection is cut too
                        closeQuietly(client);
                        return;
                    }
                    open.add(client);
                }
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(target);
                pump(client, target);
                pump(target, client);
            } catch (IOException e) {
                // closed by stop(), or the target refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side closed
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // nothing to do
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
