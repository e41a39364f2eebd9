package curio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.embedded.RedisServer;

/**
 * The embedded Redis server, if Curio started one: on 127.0.0.1 only, behind a password made
 * for this start (requirepass), which only {@link #clientConfig()} hands out and nothing logs.
 * The server starts on a thread of its own while the rest of Curio starts; {@link #sockets()} waits
 * for it, so the first connection, not the start, pays for it.
 */
public final class EmbeddedRedis {

    private final CompletableFuture<RedisServer> server;
    private final HostAndPort address;
    private final String password;

    EmbeddedRedis(CompletableFuture<RedisServer> server, HostAndPort address, String password) {
        this.server = server;
        this.address = address;
        this.password = password;
    }

    static EmbeddedRedis none() {
        return new EmbeddedRedis(CompletableFuture.completedFuture(null), null, null);
    }

    /** Where the server listens, once it has started (this waits for it); empty when there is none. */
    public Optional<HostAndPort> address() {
        awaitStarted();
        return Optional.ofNullable(address);
    }

    /** How a client signs in to the embedded server (with its password); the defaults when there is none. */
    public JedisClientConfig clientConfig() {
        return DefaultJedisClientConfig.builder().protocol(RedisFactory.PROTOCOL).password(password).build();
    }

    /** Sockets to the server, each opened once it has started (or failing as its start did). */
    JedisSocketFactory sockets() {
        JedisSocketFactory sockets = new DefaultJedisSocketFactory(address, clientConfig());
        return () -> {
            try {
                awaitStarted();
            } catch (UncheckedIOException e) {
                throw new JedisConnectionException(e.getMessage(), e);
            }
            return sockets.createSocket();
        };
    }

    /** Waits for the server's start; throws what stopped it. */
    public void awaitStarted() {
        try {
            server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException failed ? failed : e;
        }
    }

    public void stop() throws IOException {
        RedisServer started;
        try {
            started = server.join();
        } catch (CompletionException e) {
            return;
        }
        if (started != null) {
            started.stop();
        }
    }
}
