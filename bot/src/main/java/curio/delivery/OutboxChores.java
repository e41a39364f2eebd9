package curio.delivery;

import curio.store.Keys;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Periodic work the senders share, done by whichever sender comes by first: every 250 ms due
 * retries move back into the stream; every quarter of {@code claim-idle} (and at start) entries
 * pending longer than {@code claim-idle} (a crashed or stopped sender's) are claimed with
 * XAUTOCLAIM and sent by the sender that claimed them.
 */
@Singleton
@Requires(beans = DeliveryComposer.class)
public class OutboxChores {

    private static final long RETRY_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final UnifiedJedis redis;
    private final BatchSender batches;
    private final OutboxRetries retries;
    private final OutboxSettings settings;
    private final long claimEveryNanos;
    private final AtomicLong nextRetryMove = new AtomicLong(System.nanoTime());
    private final AtomicLong nextClaim = new AtomicLong(System.nanoTime());
    private final AtomicReference<StreamEntryID> claimCursor = new AtomicReference<>(new StreamEntryID());

    public OutboxChores(UnifiedJedis redis, BatchSender batches, OutboxRetries retries, OutboxSettings settings) {
        this.redis = redis;
        this.batches = batches;
        this.retries = retries;
        this.settings = settings;
        this.claimEveryNanos = Math.max(TimeUnit.SECONDS.toNanos(1), settings.claimIdle().toNanos() / 4);
    }

    /** Does the chores that are due, as {@code consumer}; cheap when none is. */
    void runIfDue(String consumer) {
        if (take(nextRetryMove, RETRY_EVERY_NANOS)) {
            retries.moveDue(settings.batchSize());
        }
        if (take(nextClaim, claimEveryNanos)) {
            claimStale(consumer);
        }
    }

    private void claimStale(String consumer) {
        Map.Entry<StreamEntryID, List<StreamEntry>> claimed = redis.xautoclaim(Keys.OUTBOX, Outbox.GROUP, consumer,
                settings.claimIdle().toMillis(), claimCursor.get(),
                XAutoClaimParams.xAutoClaimParams().count(settings.batchSize()));
        claimCursor.set(claimed.getKey());
        List<StreamEntry> live = claimed.getValue().stream().filter(e -> e.getFields() != null).toList();
        claimed.getValue().stream().filter(e -> e.getFields() == null)
                .forEach(e -> redis.xack(Keys.OUTBOX, Outbox.GROUP, e.getID()));
        if (!live.isEmpty()) {
            batches.send(live, true);
        }
    }

    private static boolean take(AtomicLong next, long every) {
        long due = next.get();
        long now = System.nanoTime();
        return now - due >= 0 && next.compareAndSet(due, now + every);
    }
}
