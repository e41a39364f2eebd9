package curio.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.RedisServer;

/**
 * A Redis the journey starts itself on 127.0.0.1 (the jar's {@code REDIS_URL}), to look at what Curio
 * stored. It runs embedded-redis's {@code redis-server} as a process of the journey's own, so a journey
 * can take it away from the jar: {@link #stop} and {@link #start} again on the same port and data,
 * {@link #pause} ({@code SIGSTOP}) and {@link #resume}.
 */
public final class OwnRedis implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;
    private volatile RedisClient client;

    /** Nothing is persisted: the Redis lives as long as the journey class. */
    public OwnRedis() {
        this(null, false);
    }

    private OwnRedis(String name, boolean persistent) {
        try {
            port = CurioJar.freePort();
            Path dir = Files.createDirectories(Path.of("target", "redis", name == null ? "port-" + port : name)).toAbsolutePath();
            if (persistent) {
                try (var files = Files.list(dir)) {
                    for (Path old : files.toList()) {
                        deleteTree(old);
                    }
                }
            }
            var builder = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("dir " + dir).setting("save \"\"");
            command = (persistent ? builder.setting("appendonly yes").setting("appendfsync always")
                    : builder.setting("appendonly no")).buildCommandArgs();
            log = dir.resolve("redis-server.log");
            start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the journey's own Redis", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Optional.ofNullable(process).ifPresent(Process::destroyForcibly)));
    }

    /**
     * A Redis that writes every command to its append-only file before answering ({@code appendfsync
     * always}), under {@code target/redis/<name>}, emptied first: a {@link #stop} and {@link #start} lose nothing.
     */
    public static OwnRedis persistent(String name) {
        return new OwnRedis(name, true);
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public Set<String> keys(String pattern) {
        return client.keys(pattern);
    }

    public String get(String key) {
        return client.get(key);
    }

    /** Commands the server has run since it started, those run by scripts included ({@code INFO commandstats}, this INFO too). */
    public long commands() {
        return java.util.Arrays.stream(client.info("commandstats").split("\r?\n")).filter(l -> l.startsWith("cmdstat_"))
                .mapToLong(l -> Long.parseLong(l.replaceFirst("^[^:]*:calls=(\\d+),.*", "$1"))).sum();
    }

    /** CPU the server has used since it started, user and system ({@code INFO cpu}). */
    public java.time.Duration cpu() {
        double seconds = java.util.Arrays.stream(client.info("cpu").split("\r?\n"))
                .filter(l -> l.startsWith("used_cpu_sys:") || l.startsWith("used_cpu_user:"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(':') + 1).trim())).sum();
        return java.time.Duration.ofNanos((long) (seconds * 1e9));
    }

    /** The client itself, for journeys that seed or read more than single keys; a new one after each {@link #start}. */
    public RedisClient client() {
        return client;
    }

    /** Starts redis-server (again: the same port, settings and data) and waits until it answers. */
    public synchronized void start() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        // the protocol said outright: negotiated per connection, one odd connection gets the wrong reply parser
        RedisClient fresh = RedisClient.builder().hostAndPort("127.0.0.1", port)
                .clientConfig(DefaultJedisClientConfig.builder().protocol(RedisProtocol.RESP3).build()).build();
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                fresh.ping();
                break;
            } catch (JedisException e) {
                if (!process.isAlive() || System.nanoTime() > end) {
                    fresh.close();
                    throw new IOException("redis-server did not answer on port " + port + ", see " + log, e);
                }
                sleep(50);
            }
        }
        Optional.ofNullable(client).ifPresent(RedisClient::close);
        client = fresh;
    }

    /** Stops redis-server as its supervisor does ({@code SIGTERM}) and waits for it to exit. */
    public synchronized void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Freezes redis-server ({@code SIGSTOP}): connections stay open, nothing is answered until {@link #resume}. */
    public void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " exited with " + exit);
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        client.close();
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (var children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(path);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
