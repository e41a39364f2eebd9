package curio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

/** One Redis server on loopback that several application contexts (replicas) share, as with REDIS_URL. */
public final class SharedRedis implements AutoCloseable {

    private final RedisServer server;
    private final int port;

    public SharedRedis() {
        try {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").build();
            RedisFactory.startWhenTheBinaryIsFree(server); // as the application's own: other contexts start theirs meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public UnifiedJedis client() {
        return RedisClient.builder().hostAndPort(new HostAndPort("127.0.0.1", port)).build();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
