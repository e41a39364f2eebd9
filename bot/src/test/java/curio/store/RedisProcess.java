package curio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * One redis-server process of the installed Redis ({@link #SERVER}) on 127.0.0.1, in a
 * folder of its own, for the Sentinel and Cluster fixtures. Killed at JVM exit if a test forgets.
 */
public final class RedisProcess implements AutoCloseable {

    /** The installed redis-server; {@code -Dcurio.test.redis-server=...} names another. */
    static final Path SERVER = Path.of(System.getProperty("curio.test.redis-server", "/usr/bin/redis-server"));
    static final String PASSWORD = "topology-test-password";
    private static final Duration START = Duration.ofSeconds(10);

    private final Process process;
    private final HostAndPort address;

    private RedisProcess(Process process, HostAndPort address) {
        this.process = process;
        this.address = address;
    }

    public static boolean available() {
        return Files.isExecutable(SERVER);
    }

    /**
     * Starts redis-server with {@code config} written to {@code dir/redis.conf}, and waits until it answers.
     * A data node asks for {@link #PASSWORD} (also to its master); a sentinel asks for none.
     */
    static RedisProcess start(Path dir, int port, List<String> config, boolean sentinel) {
        try {
            Files.createDirectories(dir);
            List<String> lines = new ArrayList<>(List.of("port " + port, "bind 127.0.0.1", "dir " + dir,
                    "logfile " + dir.resolve("redis.log")));
            if (!sentinel) {
                lines.addAll(List.of("save \"\"", "appendonly no", "requirepass " + PASSWORD, "masterauth " + PASSWORD));
            }
            lines.addAll(config);
            Path conf = Files.write(dir.resolve("redis.conf"), lines);
            List<String> command = new ArrayList<>(List.of(SERVER.toString(), conf.toString()));
            if (sentinel) {
                command.add("--sentinel");
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            RedisProcess redis = new RedisProcess(process, new HostAndPort("127.0.0.1", port));
            redis.awaitAnswer(!sentinel);
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HostAndPort address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    /** A connection signed in with the test password (sentinels have none). */
    public Jedis connect(boolean signIn) {
        return new Jedis(address, DefaultJedisClientConfig.builder().password(signIn ? PASSWORD : null)
                .autoNegotiateProtocol(false).socketTimeoutMillis(5000).build());
    }

    private void awaitAnswer(boolean signIn) {
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            try (Jedis jedis = connect(signIn)) {
                jedis.ping();
                return;
            } catch (RuntimeException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("redis-server on port " + port() + " did not answer: "
                            + e.getMessage(), e);
                }
                sleep(50);
            }
        }
    }

    /** Stops the process at once, as a crash would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    /** A loopback port free now, with {@code port + 10000} (a Cluster node's bus) free as well. */
    static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20000, 55000);
            if (free(port) && free(port + 10000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port pair found");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a fixture's folder and everything in it. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
