package curio.support;

import curio.store.EmbeddedRedis;
import curio.store.RedisFactory;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.PooledConnectionProvider;

/** Engine tests that set {@code curio.test.count-round-trips} talk to the embedded Redis through {@link CountingJedis}. */
@Factory
public class CountingJedisFactory {

    @Singleton
    @Bean(preDestroy = "close")
    @Replaces(bean = UnifiedJedis.class, factory = RedisFactory.class)
    @Requires(property = "curio.test.count-round-trips", value = "true")
    UnifiedJedis countingRedis(EmbeddedRedis embedded) {
        // The engine's pool, not Jedis's default of 8: the outbox's 16 senders each hold a connection
        // in a blocking read, and with 8 every other command waited for a read to time out.
        return new CountingJedis(new PooledConnectionProvider(embedded.address().orElseThrow(), embedded.clientConfig(),
                RedisFactory.poolConfig()), embedded.clientConfig());
    }
}
