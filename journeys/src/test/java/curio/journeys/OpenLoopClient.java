package curio.journeys;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The ingest benchmark's HTTP/1.1 client: requests given as ready bytes, one at a time per kept-alive
 * connection, a new connection whenever none is free (no limit, as a platform delivering events opens
 * them), answers read by one selector thread. It exists because the JDK's {@code HttpClient} cost the
 * benchmark's own JVM more CPU per event than the app under test (its connection pool walks a linked list
 * of every idle connection on each request), CPU the two cores' apps then did not get.
 * {@link #send} is called from one thread; {@code done} runs on the selector thread with the status
 * (or -1: the connection failed, or no answer within {@code timeout}).
 */
final class OpenLoopClient implements AutoCloseable {

    /** Told once per request. */
    interface Done {
        void answered(int request, int status);
    }

    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(2); // under Node's 5 s keep-alive: never reuse one it may close
    private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINE_END = "\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress server;
    private final Done done;
    private final long timeoutNanos;
    private final Selector selector;
    private final Queue<Connection> joining = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final List<Connection> all = new ArrayList<>(); // the selector thread's
    private final Thread reader;
    private volatile boolean open = true;

    OpenLoopClient(InetSocketAddress server, long timeoutNanos, Done done) throws IOException {
        this.server = server;
        this.timeoutNanos = timeoutNanos;
        this.done = done;
        this.selector = Selector.open();
        this.reader = new Thread(this::read, "ingest-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Writes {@code bytes} (a whole request) on a free connection, or a new one. */
    void send(int request, byte[] bytes) {
        Connection connection;
        while ((connection = idle.pollFirst()) != null && (connection.closed || System.nanoTime() - connection.freed > IDLE_NANOS)) {
            connection.closeQuietly();
        }
        boolean fresh = connection == null;
        try {
            if (fresh) {
                SocketChannel channel = SocketChannel.open(server);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                connection = new Connection(channel);
            }
            connection.sent = System.nanoTime();
            connection.request = request; // after sent: the timeout sweep reads request first
            ByteBuffer out = ByteBuffer.wrap(bytes);
            while (out.hasRemaining()) {
                if (connection.channel.write(out) == 0) { // the server is not reading; loopback buffers make this rare
                    if (System.nanoTime() - connection.sent > timeoutNanos) {
                        throw new IOException("the server read no part of the request within the timeout");
                    }
                    Thread.onSpinWait();
                }
            }
        } catch (IOException e) {
            if (connection != null) {
                connection.request = -1;
                connection.closeQuietly();
            }
            done.answered(request, -1);
            return;
        }
        if (fresh) {
            joining.add(connection);
            selector.wakeup();
        }
    }

    private void read() {
        ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
        long lastSweep = System.nanoTime();
        while (open) {
            try {
                selector.select(100);
            } catch (IOException e) {
                return;
            }
            for (Connection joined; (joined = joining.poll()) != null; ) {
                try {
                    joined.channel.register(selector, SelectionKey.OP_READ, joined);
                    all.add(joined);
                } catch (IOException e) {
                    fail(joined);
                }
            }
            for (SelectionKey key : selector.selectedKeys()) {
                Connection connection = (Connection) key.attachment();
                in.clear();
                int read;
                try {
                    read = connection.channel.read(in);
                } catch (IOException e) {
                    read = -1;
                }
                if (read < 0) {
                    fail(connection);
                    continue;
                }
                in.flip();
                connection.received(in);
                int status = connection.answer();
                if (status != 0) {
                    int request = connection.request;
                    connection.request = -1;
                    connection.reset();
                    done.answered(request, status);
                    if (connection.lastOnIt) {
                        connection.closeQuietly(); // the server said it closes it: never write on it again
                    } else {
                        connection.freed = System.nanoTime();
                        idle.addFirst(connection);
                    }
                }
            }
            selector.selectedKeys().clear();
            long now = System.nanoTime();
            if (now - lastSweep > TimeUnit.MILLISECONDS.toNanos(100)) {
                lastSweep = now;
                all.removeIf(connection -> {
                    if (connection.request >= 0 && now - connection.sent > timeoutNanos) {
                        fail(connection);
                    }
                    return connection.closed;
                });
            }
        }
    }

    private void fail(Connection connection) {
        int request = connection.request;
        connection.request = -1;
        connection.closeQuietly();
        if (request >= 0) {
            done.answered(request, -1);
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        selector.wakeup();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Connection connection : all) {
            fail(connection);
        }
        for (Connection connection; (connection = joining.poll()) != null; ) {
            fail(connection);
        }
        idle.forEach(Connection::closeQuietly);
        selector.close();
    }

    /** One kept-alive connection: the request on it (-1: none) and the bytes of its answer so far. */
    private static final class Connection {
        final SocketChannel channel;
        volatile int request = -1;
        volatile long sent;
        volatile long freed;
        volatile boolean closed;
        /** The answer being read said the server closes the connection after it. */
        boolean lastOnIt;
        private byte[] bytes = new byte[1024];
        private int length;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void received(ByteBuffer in) {
            int count = in.remaining();
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            in.get(bytes, length, count);
            length += count;
        }

        void reset() {
            length = 0;
        }

        /** The status once the whole answer is here (Content-Length or chunked), else 0. */
        int answer() {
            int head = indexOf(HEAD_END, 0);
            if (head < 0) {
                return 0;
            }
            int bodyStart = head + HEAD_END.length;
            String headers = new String(bytes, 0, head, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(headers.substring(9, 12));
            long contentLength = -1;
            boolean chunked = false;
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    contentLength = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    lastOnIt = true;
                }
            }
            if (contentLength < 0 && !chunked) {
                lastOnIt = true; // no length: the body would end with the connection (neither app answers so)
            }
            if (chunked) {
                return chunksEnd(bodyStart) ? status : 0;
            }
            return length - bodyStart >= Math.max(0, contentLength) ? status : 0;
        }

        private boolean chunksEnd(int from) {
            int at = from;
            while (true) {
                int lineEnd = indexOf(LINE_END, at);
                if (lineEnd < 0) {
                    return false;
                }
                String size = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int semicolon = size.indexOf(';');
                int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunk == 0) {
                    return indexOf(HEAD_END, lineEnd) == lineEnd; // no trailers
                }
                at = lineEnd + 2 + chunk + 2;
                if (at > length) {
                    return false;
                }
            }
        }

        private int indexOf(byte[] wanted, int from) {
            outer:
            for (int i = from; i <= length - wanted.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    if (bytes[i + j] != wanted[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        void closeQuietly() {
            closed = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a connection that failed
            }
        }
    }
}
