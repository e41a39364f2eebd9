package curio.delivery;

import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.SentMessage;
import curio.store.Keys;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Sends one batch of outbox entries: claims each delivery key, composes, waits for the
 * workspace's rate-limit slot, sends through the learner's adapter, then settles the whole batch
 * in one pipeline (mark sent, acknowledge, schedule retries). Two Redis round trips per batch.
 *
 * <p>The delivery key ({@link Keys#sentPrefix} + {@link Delivery#idempotencyKey()}) holds
 * {@code claim} for a few minutes while a send is in flight and {@code sent} for three days once the
 * platform accepted: a replayed entry is acknowledged without sending, and a sender that crashed
 * before sending leaves only an expiring claim, so the entry is sent once it is claimed again.
 */
@Singleton
@Requires(beans = DeliveryComposer.class)
public class BatchSender {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);
    static final String SENT = "sent";
    static final String CLAIM = "claim";
    static final long SENT_TTL_SECONDS = Duration.ofDays(3).toSeconds();
    static final long CLAIM_TTL_MILLIS = Duration.ofMinutes(5).toMillis();

    private final RedisClient redis;
    private final DeliveryComposer composer;
    private final ChatAdapters adapters;
    private final TenantRateLimiter limiter;
    private final OutboxRetries retries;
    private final OutboxSettings settings;

    public BatchSender(RedisClient redis, DeliveryComposer composer, ChatAdapters adapters,
                       TenantRateLimiter limiter, OutboxRetries retries, OutboxSettings settings) {
        this.redis = redis;
        this.composer = composer;
        this.adapters = adapters;
        this.limiter = limiter;
        this.retries = retries;
        this.settings = settings;
    }

    /** Sends what the batch owes and settles every entry it claimed; entries claimed elsewhere stay pending. */
    public void send(List<StreamEntry> batch) {
        List<Attempt> attempts = new ArrayList<>(batch.size());
        for (StreamEntry entry : batch) {
            try {
                attempts.add(new Attempt(OutboxEntry.decode(entry.getID().toString(), entry.getFields())));
            } catch (IllegalArgumentException e) {
                LOG.warn("Dropping a malformed outbox entry: {}", e.getMessage());
                Attempt dropped = new Attempt(new OutboxEntry(entry.getID().toString(), null, 0));
                dropped.outcome = Outcome.DROPPED;
                attempts.add(dropped);
            }
        }
        claim(attempts);
        List<Attempt> owed = new ArrayList<>();
        for (Attempt attempt : attempts) {
            if (attempt.outcome == Outcome.CLAIMED && compose(attempt)) {
                attempt.slot = limiter.reserve(attempt.delivery().user().tenant());
                owed.add(attempt);
            }
        }
        owed.sort(Comparator.comparingLong(a -> a.slot));
        for (Attempt attempt : owed) {
            if (waitUntil(attempt.slot)) {
                deliver(attempt);
            } else {
                attempt.outcome = Outcome.RELEASED;
            }
        }
        settle(attempts);
    }

    private void claim(List<Attempt> attempts) {
        List<Response<String>> claims = new ArrayList<>(attempts.size());
        List<Response<String>> values = new ArrayList<>(attempts.size());
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (Attempt attempt : attempts) {
                if (attempt.outcome == Outcome.DROPPED) {
                    claims.add(null);
                    values.add(null);
                    continue;
                }
                claims.add(pipeline.set(attempt.key(), CLAIM, SetParams.setParams().nx().px(CLAIM_TTL_MILLIS)));
                values.add(pipeline.get(attempt.key()));
            }
            pipeline.sync();
        }
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            if (claims.get(i) == null) {
                continue;
            }
            if (claims.get(i).get() != null) {
                attempt.outcome = Outcome.CLAIMED;
            } else {
                attempt.outcome = SENT.equals(values.get(i).get()) ? Outcome.DUPLICATE : Outcome.BUSY;
            }
        }
    }

    private boolean compose(Attempt attempt) {
        try {
            Optional<DeliveryComposer.Outgoing> outgoing = composer.compose(attempt.delivery());
            if (outgoing.isEmpty()) {
                attempt.outcome = Outcome.NOTHING_OWED;
                return false;
            }
            attempt.outgoing = outgoing.get();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Composing {} failed: {}", attempt.delivery(), e.toString());
            attempt.retry(Duration.ZERO);
            return false;
        }
    }

    private void deliver(Attempt attempt) {
        Delivery delivery = attempt.delivery();
        Optional<ChatAdapter> adapter = adapters.forPlatform(delivery.user().tenant().platform());
        if (adapter.isEmpty()) {
            LOG.warn("No chat adapter for {}: {} waits for a retry", delivery.user().tenant().platform(), delivery);
            attempt.retry(Duration.ZERO);
            return;
        }
        try {
            SentMessage sent = adapter.get().send(attempt.outgoing.to(), attempt.outgoing.message());
            attempt.outcome = Outcome.SENT;
            composer.delivered(delivery, sent);
        } catch (DeliveryException e) {
            switch (e.kind()) {
                case GONE -> {
                    attempt.outcome = Outcome.GONE;
                    composer.unreachable(delivery, e.getMessage());
                }
                case RATE_LIMITED -> {
                    limiter.pause(delivery.user().tenant(), e.retryAfter());
                    attempt.retry(e.retryAfter());
                }
                case RETRY -> attempt.retry(e.retryAfter());
            }
        } catch (RuntimeException e) {
            if (attempt.outcome == Outcome.SENT) {
                LOG.warn("Recording the delivery of {} failed: {}", delivery, e.toString());
            } else {
                LOG.warn("Sending {} failed: {}", delivery, e.toString());
                attempt.retry(Duration.ZERO);
            }
        }
    }

    private void settle(List<Attempt> attempts) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (Attempt attempt : attempts) {
                switch (attempt.outcome) {
                    case BUSY, CLAIMED -> {
                        continue;
                    }
                    case SENT -> pipeline.set(attempt.key(), SENT, SetParams.setParams().ex(SENT_TTL_SECONDS));
                    case RETRY -> {
                        pipeline.del(attempt.key());
                        scheduleRetry(pipeline, attempt);
                    }
                    case NOTHING_OWED, GONE -> pipeline.del(attempt.key());
                    case RELEASED -> {
                        pipeline.del(attempt.key());
                        continue;
                    }
                    case DUPLICATE, DROPPED -> {
                    }
                }
                StreamEntryID id = new StreamEntryID(attempt.entry.id());
                pipeline.xack(Keys.OUTBOX, Outbox.GROUP, id);
                pipeline.xdel(Keys.OUTBOX, id);
            }
            pipeline.sync();
        }
    }

    private void scheduleRetry(AbstractPipeline pipeline, Attempt attempt) {
        int sends = attempt.entry.attempt() + 1;
        if (sends >= settings.maxAttempts()) {
            LOG.warn("Giving up on {} after {} attempts", attempt.delivery(), sends);
            return;
        }
        Duration delay = retries.delay(attempt.entry.attempt(), attempt.retryAfter);
        pipeline.zadd(Keys.OUTBOX_RETRY, retries.dueAt(delay), attempt.entry.encodeNextAttempt());
    }

    /** The delivery key: {@code claim} while a send is in flight, {@code sent} once delivered. */
    static String key(Delivery delivery) {
        return Keys.sentPrefix(delivery.user()) + delivery.idempotencyKey();
    }

    /** Waits for a rate-limit slot; false when the sender is interrupted (shutdown ran out of time). */
    private static boolean waitUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(wait);
        }
        return !Thread.currentThread().isInterrupted();
    }

    /** BUSY: another sender holds the claim; RELEASED: not sent before shutdown, left pending. */
    enum Outcome { CLAIMED, BUSY, RELEASED, DUPLICATE, DROPPED, NOTHING_OWED, SENT, RETRY, GONE }

    /** The state of one entry while its batch is sent. */
    private static final class Attempt {
        final OutboxEntry entry;
        Outcome outcome;
        DeliveryComposer.Outgoing outgoing;
        Duration retryAfter = Duration.ZERO;
        long slot;

        Attempt(OutboxEntry entry) {
            this.entry = entry;
        }

        Delivery delivery() {
            return entry.delivery();
        }

        String key() {
            return BatchSender.key(entry.delivery());
        }

        void retry(Duration after) {
            outcome = Outcome.RETRY;
            retryAfter = after;
        }
    }
}
