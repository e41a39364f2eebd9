package curio.delivery;

import curio.chat.TenantId;
import curio.store.Keys;
import curio.store.LuaScript;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import redis.clients.jedis.UnifiedJedis;

/**
 * Each workspace's send schedule, kept in Redis ({@link Keys#sendRate}, script {@code curio/rate.lua})
 * so that every replica's senders share it: sends to a workspace are spaced at the platform's rate
 * ({@link OutboxSettings#perSecond}), and after a {@link #pause} (the platform's {@code Retry-After})
 * no replica sends there before it has passed. Senders reserve a slot and wait for it, so one busy
 * workspace never blocks sends to others reserved earlier.
 *
 * <p>No burst: a second's worth at once followed by the rate would put twice the rate into one
 * second. The shared clock is Redis' {@code TIME}; a slot comes back as a wait, measured here on the
 * monotonic clock, so replicas whose clocks disagree still keep one schedule. A slot is confirmed
 * just before its send, so that a pause begun after it was reserved holds it back too. When Redis cannot be
 * reached the calls throw: a sender then fails and retries, it never sends unlimited.
 */
@Singleton
public class TenantRateLimiter {

    private static final LuaScript SCRIPT = LuaScript.file("rate.lua");

    private final UnifiedJedis redis;
    private final OutboxSettings settings;
    private final LongSupplier nanoTime;
    /** Redis' clock minus the monotonic clock, in nanoseconds, as of the last reply (off by a round trip at most). */
    private volatile long redisAhead;

    @Inject
    public TenantRateLimiter(UnifiedJedis redis, OutboxSettings settings) {
        this(redis, settings, System::nanoTime);
    }

    TenantRateLimiter(UnifiedJedis redis, OutboxSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.redis = redis;
        this.nanoTime = nanoTime;
    }

    /** Takes the tenant's next slot; returns the {@code System.nanoTime()} at which it may send. */
    public long reserve(TenantId tenant) {
        return call(tenant, "reserve", interval(tenant), 0);
    }

    /** The platform said "slow down": no slot of this tenant, on any replica, before {@code pause} has passed. */
    public void pause(TenantId tenant, Duration pause) {
        call(tenant, "pause", TimeUnit.NANOSECONDS.toMicros(pause.toNanos()), 0);
    }

    /**
     * Waits for a slot {@link #reserve} returned. A pause that began since (here or on another
     * replica) voids a slot inside it: the wait goes on to a fresh slot after the pause, so the
     * sends held back leave at the rate, not all at once. False when the thread is interrupted.
     */
    public boolean await(TenantId tenant, long slot) {
        long at = slot;
        while (sleepUntil(at)) {
            long next = confirm(tenant, at);
            if (next < 0) {
                return true;
            }
            at = next;
        }
        return false;
    }

    /**
     * Confirms, at its time, a slot {@link #reserve} returned: -1 when it holds, else the fresh slot
     * to wait for (a pause began since, here or on another replica). For senders that wait without
     * a thread of their own; {@link #await} is the blocking form.
     */
    public long confirm(TenantId tenant, long slot) {
        return call(tenant, "confirm", interval(tenant), slot);
    }

    private long interval(TenantId tenant) {
        return (1_000_000L + settings.perSecond(tenant.platform()) - 1) / settings.perSecond(tenant.platform());
    }

    /** Runs the script; keeps how far Redis' clock is ahead of the monotonic one, to name a slot in Redis' time. */
    private long call(TenantId tenant, String mode, long micros, long slot) {
        List<?> reply = (List<?>) SCRIPT.run(redis, List.of(Keys.sendRate(tenant)),
                List.of(mode, Long.toString(micros), Long.toString(redisMicros(slot))));
        long replied = nanoTime.getAsLong();
        redisAhead = TimeUnit.MICROSECONDS.toNanos((Long) reply.get(1)) - replied;
        long wait = (Long) reply.get(0);
        return wait < 0 ? wait : replied + TimeUnit.MICROSECONDS.toNanos(wait);
    }

    private long redisMicros(long slot) {
        return TimeUnit.NANOSECONDS.toMicros(slot + redisAhead);
    }

    private boolean sleepUntil(long at) {
        long wait;
        while ((wait = at - nanoTime.getAsLong()) > 0) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(wait);
        }
        return !Thread.currentThread().isInterrupted();
    }
}
