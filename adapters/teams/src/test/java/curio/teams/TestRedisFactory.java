package curio.teams;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link UnifiedJedis} the bot would provide, for the adapter's test contexts: a fresh embedded
 * Redis per context, or the one at {@code test.redis.url} (a restart: a new context over the same
 * Redis). Not in the test-jar: the bot module brings its own.
 */
// only in the adapter's own tests: in the bot's tests (which see these classes in a reactor `test` run)
// the engine provides Redis itself
@Requires(missingClasses = "curio.store.RedisFactory")
@Factory
class TestRedisFactory {

    static final String URL = "test.redis.url";

    @Singleton
    @Bean(preDestroy = "close")
    TestRedisServer testRedisServer(@Value("${" + URL + ":}") String url) {
        return new TestRedisServer(url.isBlank() ? TestRedis.start() : null);
    }

    @Singleton
    @Bean(preDestroy = "close")
    UnifiedJedis redis(@Value("${" + URL + ":}") String url, TestRedisServer server) {
        return server.own() == null ? RedisClient.create(java.net.URI.create(url))
                : RedisClient.builder().fromURI(server.own().uri()).build();
    }

    /** The server this context started, if it started one; stopped with the context. */
    record TestRedisServer(TestRedis own) implements AutoCloseable {
        @Override
        public void close() {
            if (own != null) {
                own.close();
            }
        }
    }
}
