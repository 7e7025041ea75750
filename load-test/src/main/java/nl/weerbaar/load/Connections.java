package nl.weerbaar.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntConsumer;

/**
 * The driver's HTTP client: persistent HTTP/1.1 connections to the application on 127.0.0.1, each
 * served by one thread that writes a prepared request and reads the answer (status, headers, a
 * body by Content-Length or chunked). Requests wait in one queue; their latency is measured from
 * their scheduled start by the caller, so waiting for a free connection counts. It does far less
 * per request than the JDK's asynchronous client, whose CPU came out of the same two cores as the
 * application's.
 */
final class Connections implements AutoCloseable {
    private record Job(byte[] request, IntConsumer done) {}

    private static final Job STOP = new Job(new byte[0], status -> {});

    private final int port;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    Connections(int port, int connections) {
        this.port = port;
        for (int i = 0; i < connections; i++) {
            Thread t = new Thread(this::serve, "driver-connection-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    /** Sends {@code request} on the next free connection; {@code done} gets the status, or -1 on an I/O error. */
    void send(byte[] request, IntConsumer done) {
        queue.add(new Job(request, done));
    }

    static byte[] request(String method, String path, int port, List<String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(port)
                .append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + content.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        return all;
    }

    private void serve() {
        Socket socket = null;
        InputStream in = null;
        OutputStream out = null;
        while (true) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (job == STOP) {
                close(socket);
                return;
            }
            int status;
            try {
                if (socket == null) {
                    socket = new Socket(InetAddress.getLoopbackAddress(), port);
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(60_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    out = socket.getOutputStream();
                }
                out.write(job.request());
                out.flush();
                Answer answer = read(in);
                status = answer.status();
                if (answer.close()) {
                    close(socket);
                    socket = null;
                }
            } catch (IOException e) {
                status = -1;
                close(socket);
                socket = null;
            }
            job.done().accept(status);
        }
    }

    private record Answer(int status, boolean close) {}

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        String header;
        while ((header = line(in)) != null && !header.isEmpty()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (header == null) {
            throw new IOException("connection closed in the headers");
        }
        if (chunked) {
            long size;
            do {
                String sizeLine = line(in);
                if (sizeLine == null) {
                    throw new IOException("connection closed in a chunked body");
                }
                int semicolon = sizeLine.indexOf(';');
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
                skip(in, size);
                line(in); // the CRLF after the chunk
            } while (size > 0);
        } else if (length > 0) {
            skip(in, length);
        } else if (length < 0 && status != 204 && status != 304) {
            close = true; // body until the connection closes: not used by Tomcat for these answers
        }
        return new Answer(status, close);
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed in a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** A line without its CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = s.length();
                if (end > 0 && s.charAt(end - 1) == '\r') {
                    s.setLength(end - 1);
                }
                return s.toString();
            }
            s.append((char) c);
        }
        return s.length() == 0 ? null : s.toString();
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < threads.size(); i++) {
            queue.add(STOP);
        }
    }
}
