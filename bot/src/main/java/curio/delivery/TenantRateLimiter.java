package curio.delivery;

import curio.chat.TenantId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per workspace in front of every adapter send: a burst of one second's worth,
 * then the platform's rate ({@link OutboxSettings#perSecond}). Senders reserve a slot and wait
 * for it, so one busy workspace never blocks sends to others reserved earlier. Uses the monotonic
 * clock (rate limiting measures elapsed time, not the time of day).
 */
@Singleton
public class TenantRateLimiter {

    private final OutboxSettings settings;
    private final LongSupplier nanoTime;
    private final Map<TenantId, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public TenantRateLimiter(OutboxSettings settings) {
        this(settings, System::nanoTime);
    }

    TenantRateLimiter(OutboxSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    /** Takes the tenant's next slot; returns the {@code System.nanoTime()} at which it may send. */
    public long reserve(TenantId tenant) {
        return bucket(tenant).reserve(nanoTime.getAsLong());
    }

    /** The platform said "slow down": no slot of this tenant before {@code pause} has passed. */
    public void pause(TenantId tenant, Duration pause) {
        bucket(tenant).holdUntil(nanoTime.getAsLong() + pause.toNanos());
    }

    private Bucket bucket(TenantId tenant) {
        return buckets.computeIfAbsent(tenant, t -> new Bucket(settings.perSecond(t.platform()), nanoTime.getAsLong()));
    }

    /** Generic cell rate algorithm: {@code tat} is the theoretical arrival time of the next cell. */
    private static final class Bucket {
        private final long interval;
        private final long burstTolerance;
        private long tat;

        Bucket(int perSecond, long now) {
            this.interval = 1_000_000_000L / perSecond;
            this.burstTolerance = (perSecond - 1) * interval;
            this.tat = now;
        }

        synchronized long reserve(long now) {
            long arrival = Math.max(tat, now);
            long allowedAt = Math.max(now, arrival - burstTolerance);
            tat = arrival + interval;
            return allowedAt;
        }

        synchronized void holdUntil(long until) {
            tat = Math.max(tat, until + burstTolerance);
        }
    }
}
