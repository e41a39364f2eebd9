package curio.delivery;

import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.SentMessage;
import curio.delivery.BatchAttempt.Outcome;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Sends one claimed entry of a batch on the {@link OutboxSendPool}, in two steps: compose it and
 * reserve its workspace's rate-limit slot; at that slot, send it through the learner's adapter and
 * mark the delivery sent right after the platform accepted it. Between the steps it holds no thread.
 */
@Singleton
@Requires(beans = DeliveryComposer.class)
class EntrySender {

    private static final Logger LOG = LoggerFactory.getLogger(EntrySender.class);
    /** How far before an entry was queued a lookup searches, for clocks that disagree. */
    static final Duration LOOKUP_MARGIN = Duration.ofMinutes(5);

    private final UnifiedJedis redis;
    private final DeliveryComposer composer;
    private final ChatAdapters adapters;
    private final TenantRateLimiter limiter;
    private final OutboxSendPool pool;
    private final SenderInstance self;
    private final RecentSends recent;

    EntrySender(UnifiedJedis redis, DeliveryComposer composer, ChatAdapters adapters, TenantRateLimiter limiter,
                OutboxSendPool pool, SenderInstance self, RecentSends recent) {
        this.redis = redis;
        this.composer = composer;
        this.adapters = adapters;
        this.limiter = limiter;
        this.pool = pool;
        this.self = self;
        this.recent = recent;
    }

    /** Starts the attempt; its {@link BatchAttempt#done} completes when it has its outcome or was released. */
    void start(BatchAttempt attempt) {
        pool.runAt(System.nanoTime(), () -> prepare(attempt), attempt::release);
    }

    private void prepare(BatchAttempt attempt) {
        if (!attempt.begin()) {
            return;
        }
        boolean owed = false;
        try {
            owed = compose(attempt);
            if (owed) {
                attempt.slot = limiter.reserve(attempt.delivery().user().tenant());
            }
        } catch (RuntimeException e) {
            LOG.warn("Reserving a send slot for {} failed: {}", attempt.delivery(), e.toString());
            attempt.retry(Duration.ZERO);
            owed = false;
        } finally {
            attempt.end(!owed);
        }
        if (owed) {
            pool.runAt(attempt.slot, () -> send(attempt), attempt::release);
        }
    }

    /**
     * At its slot: confirms the slot (a pause that began since, on any replica, moves it on, and the
     * send waits again without a thread), then sends. An adapter that checks the workspace's
     * Retry-After itself before every call (Slack) is trusted with that, and the slot is not confirmed.
     */
    private void send(BatchAttempt attempt) {
        if (!attempt.begin()) {
            return;
        }
        long later = -1;
        try {
            boolean confirmed = adapters.forPlatform(attempt.delivery().user().tenant().platform())
                    .filter(ChatAdapter::honoursRetryAfterEverywhere).isPresent();
            later = confirmed ? -1 : limiter.confirm(attempt.delivery().user().tenant(), attempt.slot);
            if (later < 0) {
                deliver(attempt);
            }
        } catch (RuntimeException e) {
            LOG.warn("Confirming the send slot of {} failed: {}", attempt.delivery(), e.toString());
            attempt.retry(Duration.ZERO);
            later = -1;
        } finally {
            attempt.end(later < 0);
        }
        if (later >= 0) {
            attempt.slot = later;
            pool.runAt(later, () -> send(attempt), attempt::release);
        }
    }

    private boolean compose(BatchAttempt attempt) {
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

    private void deliver(BatchAttempt attempt) {
        Delivery delivery = attempt.delivery();
        Optional<ChatAdapter> adapter = adapters.forPlatform(delivery.user().tenant().platform());
        if (adapter.isEmpty()) {
            LOG.warn("No chat adapter for {}: {} waits for a retry", delivery.user().tenant().platform(), delivery);
            attempt.retry(Duration.ZERO);
            return;
        }
        try {
            if (attempt.lookUp && alreadyDelivered(adapter.get(), attempt)) {
                return;
            }
            redis.set(attempt.key(), DeliveryKey.sending(self.id()), SetParams.setParams().px(DeliveryKey.CLAIM_TTL.toMillis()));
            attempt.called = true;
            SentMessage sent = adapter.get().send(attempt.outgoing.to(), attempt.outgoing.message(),
                    delivery.idempotencyKey());
            attempt.outcome = Outcome.SENT;
            recent.sent(attempt.entry.id());
            markSent(attempt);
            composer.delivered(delivery, sent);
        } catch (DeliveryException e) {
            switch (e.kind()) {
                case GONE -> {
                    attempt.outcome = Outcome.GONE;
                    composer.unreachable(delivery, e.getMessage());
                }
                case RATE_LIMITED -> {
                    limiter.pause(delivery.user().tenant(), e.retryAfter());
                    attempt.throttled(e.retryAfter());
                }
                case RETRY -> {
                    attempt.retry(e.retryAfter());
                    attempt.lookUp |= attempt.called && !e.unsent();
                }
            }
        } catch (RuntimeException e) {
            if (attempt.outcome == Outcome.SENT) {
                LOG.warn("Recording the delivery of {} failed: {}", delivery, e.toString());
            } else {
                LOG.warn("Sending {} failed: {}", delivery, e.toString());
                attempt.retry(Duration.ZERO);
                attempt.lookUp |= attempt.called;
            }
        }
    }

    /**
     * Whether a recovered entry reached the conversation before its sender stopped; if so it is
     * marked sent. Platforms that cannot tell answer no, and the entry is sent again.
     */
    private boolean alreadyDelivered(ChatAdapter adapter, BatchAttempt attempt) throws DeliveryException {
        Instant queued = Instant.ofEpochMilli(new StreamEntryID(attempt.entry.id()).getTime());
        Optional<SentMessage> found = adapter.findDelivered(attempt.outgoing.to(), attempt.delivery().idempotencyKey(),
                queued.minus(LOOKUP_MARGIN));
        if (found.isEmpty()) {
            LOG.info("Outbox: {} was in flight when its sender stopped and is not in the conversation: sending it again",
                    attempt.delivery());
            return false;
        }
        LOG.info("Outbox: {} was in flight when its sender stopped and is already in the conversation: not sent again",
                attempt.delivery());
        attempt.outcome = Outcome.SENT;
        recent.sent(attempt.entry.id());
        markSent(attempt);
        composer.delivered(attempt.delivery(), found.get());
        return true;
    }

    /** Marks one delivery sent as soon as the platform accepted it, so a crash right after cannot send it twice. */
    private void markSent(BatchAttempt attempt) {
        redis.set(attempt.key(), DeliveryKey.SENT, SetParams.setParams().ex(DeliveryKey.SENT_TTL.toSeconds()));
        attempt.marked = true;
    }

}
