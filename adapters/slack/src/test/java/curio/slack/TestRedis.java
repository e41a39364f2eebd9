package curio.slack;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

/** A real Redis (embedded-redis) on 127.0.0.1, one per test JVM, and the beans the engine would provide. */
// only in the adapter's own tests: in the bot's tests (which see these classes in a reactor `test` run)
// the engine provides Redis itself
@Requires(missingClasses = "curio.store.RedisFactory")
@Factory
public class TestRedis {

    private static RedisServer server;
    private static int port;

    static synchronized int port() {
        if (server == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                        .setting("appendonly no").build();
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // exiting anyway
                }
            }));
        }
        return port;
    }

    @Singleton
    @Bean(preDestroy = "close")
    UnifiedJedis redis() {
        return RedisClient.create("127.0.0.1", port());
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
