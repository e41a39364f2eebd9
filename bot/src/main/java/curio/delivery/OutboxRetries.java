package curio.delivery;

import curio.store.Keys;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import redis.clients.jedis.UnifiedJedis;

/**
 * Deliveries waiting to be tried again: a sorted set ({@link Keys#OUTBOX_RETRY}) of encoded
 * entries by due time. A due entry moves back into the outbox stream in one atomic script, so
 * each retry is read by exactly one sender and none is lost between the two keys.
 */
@Singleton
public class OutboxRetries {

    private static final String MOVE_DUE = """
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, entry in ipairs(due) do
              redis.call('ZREM', KEYS[1], entry)
              redis.call('XADD', KEYS[2], '*', ARGV[3], entry)
            end
            return #due""";

    private final UnifiedJedis redis;
    private final Clock clock;
    private final OutboxSettings settings;

    public OutboxRetries(UnifiedJedis redis, Clock clock, OutboxSettings settings) {
        this.redis = redis;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * How long to wait before the next send of an entry that failed {@code attempt + 1} times:
     * {@code retry-base * 2^attempt} capped at {@code retry-max}, with "equal jitter" (half fixed,
     * half random), and never less than what the platform asked for.
     */
    public Duration delay(int attempt, Duration retryAfter) {
        long base = settings.retryBase().toMillis();
        long cap = settings.retryMax().toMillis();
        long exponential = Math.min(cap, base << Math.min(attempt, 20));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        return Duration.ofMillis(Math.max(jittered, retryAfter.toMillis()));
    }

    /** The epoch millisecond at which a retry waiting {@code delay} is due. */
    long dueAt(Duration delay) {
        return clock.millis() + delay.toMillis();
    }

    /** Moves up to {@code limit} due retries back into the outbox stream; returns how many. */
    public long moveDue(int limit) {
        Object moved = redis.eval(MOVE_DUE, List.of(Keys.OUTBOX_RETRY, Keys.OUTBOX),
                List.of(Long.toString(clock.millis()), Integer.toString(limit), OutboxEntry.FIELD));
        return moved instanceof Long count ? count : 0;
    }
}
