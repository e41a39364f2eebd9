package curio.store;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import redis.embedded.RedisServer;

/** The embedded Redis server, if Curio started one. */
public final class EmbeddedRedis {

    private final RedisServer server;
    private final URI uri;

    EmbeddedRedis(RedisServer server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    static EmbeddedRedis none() {
        return new EmbeddedRedis(null, null);
    }

    public Optional<URI> uri() {
        return Optional.ofNullable(uri);
    }

    public void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
    }
}
