package curio.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.embedded.RedisServer;

/**
 * Connects to Redis as {@link RedisSettings} says (one server, Sentinel or Cluster), or starts a real
 * Redis server persisted under the data folder.
 */
@Factory
public class RedisFactory {

    /**
     * The protocol of every connection, said outright: left to Jedis, each pooled connection
     * negotiates its own while the reply parsers are chosen once, from the first connection, so one
     * that ended up with the other protocol hands its replies to the wrong parser (a journey saw a
     * RESP3 {@code ZRANGE WITHSCORES} reply read as RESP2: a ClassCastException).
     */
    static final RedisProtocol PROTOCOL = RedisProtocol.RESP3;

    private static final Logger LOG = LoggerFactory.getLogger(RedisFactory.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int CONNECTIONS = 128;
    static final int BUSY_ATTEMPTS = 5;
    static final Duration BUSY_PAUSE = Duration.ofMillis(100);

    /**
     * The embedded server, when there is no REDIS_URL; stopped when the application stops. It listens on
     * 127.0.0.1 and asks for a password made at each start (any local process could otherwise read and
     * write Curio's data, roles included). The password reaches redis-server in a config file that only
     * this user can read (a temporary file, 0600) and that is deleted once the server has read it.
     * It starts on a thread of its own (writing out its executable and waiting for it to be ready took a
     * tenth of Curio's start); the first connection waits for it. Built with the eager beans, so that it
     * starts before the first of them needs Redis.
     */
    @Context
    @Bean(preDestroy = "stop")
    EmbeddedRedis embeddedRedis(RedisSettings settings) {
        if (!settings.embedded()) {
            return EmbeddedRedis.none();
        }
        Path dir = settings.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            int port = freePort();
            String password = randomPassword();
            List<String> command = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("dir " + dir)
                    .setting("save \"\"")
                    .setting("requirepass " + password)
                    .buildCommandArgs();
            CompletableFuture<RedisServer> started = new CompletableFuture<>();
            Thread starter = new Thread(() -> start(new RedisServer(port, command, false), Path.of(command.get(1)), settings, started),
                    "curio-embedded-redis");
            starter.setDaemon(true);
            starter.start();
            return new EmbeddedRedis(started, new HostAndPort("127.0.0.1", port), password);
        } catch (IOException e) {
            throw notStarted(settings, e);
        }
    }

    private static void start(RedisServer server, Path config, RedisSettings settings, CompletableFuture<RedisServer> started) {
        try {
            try {
                startWhenTheBinaryIsFree(server);
            } finally {
                Files.deleteIfExists(config);
            }
            LOG.info("Embedded Redis on 127.0.0.1:{} with a random password, data under {}; "
                    + "production: set REDIS_URL to Redis 7.x", server.ports().get(0), settings.dataDir().toAbsolutePath());
            started.complete(server);
        } catch (IOException | RuntimeException e) {
            started.completeExceptionally(e instanceof IOException io ? notStarted(settings, io) : e);
        }
    }

    /**
     * Starts the server, and again after a pause while the exec fails with "Text file busy" (ETXTBSY, at most
     * {@link #BUSY_ATTEMPTS} times): embedded-redis writes the binary just before, and a process another thread
     * of this JVM forks meanwhile (another embedded Redis starting, in tests) holds it open for writing until
     * that process's own exec. Seen once in CI as a failed start.
     */
    static void startWhenTheBinaryIsFree(RedisServer server) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                server.start();
                return;
            } catch (IOException e) {
                if (attempt >= BUSY_ATTEMPTS || !busyBinary(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(BUSY_PAUSE.toMillis() * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean busyBinary(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Text file busy")) {
                return true;
            }
        }
        return false;
    }

    private static UncheckedIOException notStarted(RedisSettings settings, IOException e) {
        return new UncheckedIOException("Could not start the embedded Redis under CURIO_DATA_DIR="
                + settings.dataDir() + ": " + e.getMessage(), e);
    }

    /**
     * The pool of every Redis client: {@link #CONNECTIONS}, all kept once opened (see {@link #redis}),
     * not registered in JMX: that made the JVM build its platform MBean server at start, for nobody.
     */
    public static GenericObjectPoolConfig<Connection> poolConfig() {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(CONNECTIONS);
        pool.setMaxIdle(CONNECTIONS);
        pool.setJmxEnabled(false);
        return pool;
    }

    /**
     * Pooled connections: up to {@link #CONNECTIONS}, all of them kept once opened. The outbox's send
     * threads (512) each use a connection for a few commands around every platform call; with fewer
     * kept idle than in use, every busy second closed and reopened hundreds of connections.
     */
    @Singleton
    @Bean(preDestroy = "close")
    UnifiedJedis redis(RedisSettings settings, EmbeddedRedis embedded) {
        GenericObjectPoolConfig<Connection> pool = poolConfig();
        if (settings.sentinel()) {
            LOG.info("Redis: master {} as Sentinel {} knows it", settings.redisMasterName(), settings.sentinels());
            return RedisSentinelClient.builder().masterName(settings.redisMasterName()).sentinels(settings.sentinels())
                    .clientConfig(signIn(settings))
                    .sentinelClientConfig(DefaultJedisClientConfig.builder().autoNegotiateProtocol(false).build())
                    .poolConfig(pool).build();
        }
        if (settings.cluster()) {
            LOG.info("Redis: Cluster reached through {}", settings.clusterNodes());
            return RedisClusterClient.builder().nodes(settings.clusterNodes()).clientConfig(signIn(settings))
                    .poolConfig(pool).build();
        }
        if (settings.embedded()) {
            ConnectionFactory connections = new ConnectionFactory(embedded.sockets(), embedded.clientConfig());
            return RedisClient.builder().clientConfig(embedded.clientConfig())
                    .connectionProvider(new PooledConnectionProvider(connections, pool)).build();
        }
        return RedisClient.builder().clientConfig(DefaultJedisClientConfig.builder().protocol(PROTOCOL).build())
                .fromURI(parse(settings.redisUrl())).poolConfig(pool).build();
    }

    /** REDIS_PASSWORD, if set, for the data nodes (Sentinel's master and replicas, Cluster nodes). */
    private static JedisClientConfig signIn(RedisSettings settings) {
        return DefaultJedisClientConfig.builder().protocol(PROTOCOL)
                .password(settings.redisPassword().isEmpty() ? null : settings.redisPassword()).build();
    }

    /** 32 random bytes as hex: what redis-server's requirepass is set to, new at every start. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url);
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("scheme must be redis:// or rediss:// with a host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("REDIS_URL is not a Redis URL like redis://host:6379 ("
                    + e.getMessage() + ")", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
