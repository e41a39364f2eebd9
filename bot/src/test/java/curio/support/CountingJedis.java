package curio.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.executors.CommandExecutor;
import redis.clients.jedis.executors.DefaultCommandExecutor;
import redis.clients.jedis.providers.ConnectionProvider;

/**
 * A Jedis client that counts its round trips to Redis: each command through the executor is
 * one, each pipeline sync and each transaction's {@code EXEC} one. Only the round trips of the
 * thread inside {@link #count} are counted, so the engine's background threads (outbox, leases,
 * inbox) do not blur the figure of one chat turn.
 */
public final class CountingJedis extends UnifiedJedis {

    private static final ThreadLocal<AtomicLong> COUNTER = new ThreadLocal<>();

    public CountingJedis(ConnectionProvider provider, JedisClientConfig config) {
        super(new CountingExecutor(new DefaultCommandExecutor(provider)), provider, config.getRedisProtocol(), null);
    }

    /** How many round trips {@code work} made on this thread. */
    public static long count(Runnable work) {
        AtomicLong counter = new AtomicLong();
        AtomicLong outer = COUNTER.get();
        COUNTER.set(counter);
        try {
            work.run();
        } finally {
            COUNTER.set(outer);
        }
        if (outer != null) {
            outer.addAndGet(counter.get());
        }
        return counter.get();
    }

    private static void roundTrip() {
        AtomicLong counter = COUNTER.get();
        if (counter != null) {
            counter.incrementAndGet();
        }
    }

    @Override
    public AbstractPipeline pipelined() {
        return new Pipeline(provider.getConnection(), true) {
            @Override
            public void sync() {
                if (hasPipelinedResponse()) {
                    roundTrip();
                }
                super.sync();
            }

            @Override
            public List<Object> syncAndReturnAll() {
                if (hasPipelinedResponse()) {
                    roundTrip();
                }
                return super.syncAndReturnAll();
            }
        };
    }

    @Override
    public AbstractTransaction multi() {
        return transaction(true);
    }

    @Override
    public AbstractTransaction transaction(boolean doMulti) {
        return new Transaction(provider.getConnection(), doMulti, true) {
            @Override
            public List<Object> exec() {
                roundTrip();
                return super.exec();
            }

            @Override
            public String discard() {
                roundTrip();
                return super.discard();
            }
        };
    }

    private record CountingExecutor(CommandExecutor delegate) implements CommandExecutor {
        @Override
        public <T> T executeCommand(CommandObject<T> command) {
            roundTrip();
            return delegate.executeCommand(command);
        }

        @Override
        public void close() throws Exception {
            delegate.close();
        }
    }
}
