package curio.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

/** A Redis the journey starts itself on 127.0.0.1 (the jar's {@code REDIS_URL}), to look at what Curio stored. */
public final class OwnRedis implements AutoCloseable {

    private final RedisServer server;
    private final RedisClient client;
    private final int port;

    /** Nothing is persisted: the Redis lives as long as the journey class. */
    public OwnRedis() {
        try {
            port = CurioJar.freePort();
            server = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("appendonly no").setting("save \"\"").build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the journey's own Redis", e);
        }
        client = RedisClient.create("127.0.0.1", port);
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

    /** The client itself, for journeys that seed or read more than single keys. */
    public RedisClient client() {
        return client;
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.stop();
    }
}
