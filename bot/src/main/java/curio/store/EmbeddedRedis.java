package curio.store;

import java.io.IOException;
import java.util.Optional;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.embedded.RedisServer;

/**
 * The embedded Redis server, if Curio started one: on 127.0.0.1 only, behind a password made
 * for this start (requirepass), which only {@link #clientConfig()} hands out and nothing logs.
 */
public final class EmbeddedRedis {

    private final RedisServer server;
    private final HostAndPort address;
    private final String password;

    EmbeddedRedis(RedisServer server, HostAndPort address, String password) {
        this.server = server;
        this.address = address;
        this.password = password;
    }

    static EmbeddedRedis none() {
        return new EmbeddedRedis(null, null, null);
    }

    public Optional<HostAndPort> address() {
        return Optional.ofNullable(address);
    }

    /** How a client signs in to the embedded server (with its password); the defaults when there is none. */
    public JedisClientConfig clientConfig() {
        return DefaultJedisClientConfig.builder().protocol(RedisFactory.PROTOCOL).password(password).build();
    }

    public void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
    }
}
