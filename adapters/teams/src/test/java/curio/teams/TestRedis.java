package curio.teams;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/**
 * A real Redis server (embedded-redis) on a free loopback port, for the adapter's tests: empty when
 * started, gone when closed. Several application contexts may share one to play a restart.
 */
final class TestRedis implements AutoCloseable {

    private final RedisServer server;
    private final URI uri;
    private final UnifiedJedis client;

    private TestRedis(RedisServer server, URI uri) {
        this.server = server;
        this.uri = uri;
        this.client = RedisClient.builder().fromURI(uri).build();
    }

    static TestRedis start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            return new TestRedis(server, URI.create("redis://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded Redis", e);
        }
    }

    URI uri() {
        return uri;
    }

    UnifiedJedis client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
