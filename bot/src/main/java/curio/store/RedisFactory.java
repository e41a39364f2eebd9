package curio.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

/** Connects to {@code REDIS_URL}, or starts a real Redis server persisted under the data folder. */
@Factory
public class RedisFactory {

    private static final Logger LOG = LoggerFactory.getLogger(RedisFactory.class);

    /** The embedded server, when there is no REDIS_URL; stopped when the application stops. */
    @Singleton
    @Bean(preDestroy = "stop")
    EmbeddedRedis embeddedRedis(RedisSettings settings) {
        if (!settings.embedded()) {
            return EmbeddedRedis.none();
        }
        try {
            Path dir = settings.dataDir().toAbsolutePath();
            Files.createDirectories(dir);
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("dir " + dir)
                    .setting("save \"\"")
                    .build();
            server.start();
            LOG.info("No REDIS_URL: started an embedded Redis on 127.0.0.1:{} persisted under {}", port, dir);
            return new EmbeddedRedis(server, URI.create("redis://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis under CURIO_DATA_DIR="
                    + settings.dataDir() + ": " + e.getMessage(), e);
        }
    }

    @Singleton
    @Bean(preDestroy = "close")
    RedisClient redis(RedisSettings settings, EmbeddedRedis embedded) {
        URI uri = embedded.uri().orElseGet(() -> parse(settings.redisUrl()));
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(64);
        pool.setMaxIdle(16);
        return RedisClient.builder().fromURI(uri).poolConfig(pool).build();
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
