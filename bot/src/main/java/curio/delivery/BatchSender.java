package curio.delivery;

import curio.chat.ChatAdapter;
import curio.chat.DeliveryException;
import curio.chat.SentMessage;
import curio.delivery.BatchAttempt.Outcome;
import curio.store.Keys;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Sends one batch of outbox entries: claims each delivery key, composes, waits for the
 * workspace's rate-limit slot, sends through the learner's adapter and marks that delivery sent
 * right after the platform accepted it, then settles the batch in one pipeline (acknowledge,
 * schedule retries).
 *
 * <p>The delivery key ({@link DeliveryKey}) says who holds an entry and whether its send was under
 * way, so a replayed entry is acknowledged without sending, and an entry of a crashed run (see
 * {@link SenderInstance}) is taken over: sent at once when its send had not begun, else first looked
 * up in the conversation ({@link ChatAdapter#findDelivered}) and only sent when it is not there.
 * Entries claimed from a stopped sender whose key is gone are looked up the same way.
 */
@Singleton
@Requires(beans = DeliveryComposer.class)
public class BatchSender {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);
    /** How far before an entry was queued a lookup searches, for clocks that disagree. */
    static final Duration LOOKUP_MARGIN = Duration.ofMinutes(5);

    private final UnifiedJedis redis;
    private final DeliveryComposer composer;
    private final ChatAdapters adapters;
    private final TenantRateLimiter limiter;
    private final OutboxRetries retries;
    private final OutboxSettings settings;
    private final SenderInstance self;
    private final HeldDeliveries held = new HeldDeliveries();

    public BatchSender(UnifiedJedis redis, DeliveryComposer composer, ChatAdapters adapters,
                       TenantRateLimiter limiter, OutboxRetries retries, OutboxSettings settings, SenderInstance self) {
        this.self = self;
        this.redis = redis;
        this.composer = composer;
        this.adapters = adapters;
        this.limiter = limiter;
        this.retries = retries;
        this.settings = settings;
    }

    /** Sends what the batch owes and settles every entry it claimed; entries claimed elsewhere stay pending. */
    public void send(List<StreamEntry> batch) {
        send(batch, false);
    }

    /**
     * As {@link #send(List)}; {@code recovered} entries were claimed from a sender that stopped, so
     * one whose delivery key is gone may have been delivered already and is looked up first.
     */
    public void send(List<StreamEntry> batch, boolean recovered) {
        List<BatchAttempt> attempts = new ArrayList<>(batch.size());
        for (StreamEntry entry : batch) {
            try {
                attempts.add(new BatchAttempt(OutboxEntry.decode(entry.getID().toString(), entry.getFields())));
            } catch (IllegalArgumentException e) {
                LOG.warn("Dropping a malformed outbox entry: {}", e.getMessage());
                BatchAttempt dropped = new BatchAttempt(new OutboxEntry(entry.getID().toString(), null, 0));
                dropped.outcome = Outcome.DROPPED;
                attempts.add(dropped);
            }
        }
        List<String> keys = attempts.stream().filter(a -> a.outcome != Outcome.DROPPED).map(BatchAttempt::key).toList();
        keys.forEach(held::hold);
        try {
            claimAndSend(attempts, recovered);
        } finally {
            keys.forEach(held::release);
        }
    }

    private void claimAndSend(List<BatchAttempt> attempts, boolean recovered) {
        claim(attempts, recovered);
        List<BatchAttempt> owed = new ArrayList<>();
        for (BatchAttempt attempt : attempts) {
            if (attempt.outcome == Outcome.CLAIMED && compose(attempt)) {
                attempt.slot = limiter.reserve(attempt.delivery().user().tenant());
                owed.add(attempt);
            }
        }
        owed.sort(Comparator.comparingLong(a -> a.slot));
        for (BatchAttempt attempt : owed) {
            if (limiter.await(attempt.delivery().user().tenant(), attempt.slot)) {
                deliver(attempt);
            } else {
                attempt.outcome = Outcome.RELEASED;
            }
        }
        settle(attempts);
    }

    private void claim(List<BatchAttempt> attempts, boolean recovered) {
        List<Response<String>> claims = new ArrayList<>(attempts.size());
        List<Response<String>> values = new ArrayList<>(attempts.size());
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (BatchAttempt attempt : attempts) {
                if (attempt.outcome == Outcome.DROPPED) {
                    claims.add(null);
                    values.add(null);
                    continue;
                }
                claims.add(pipeline.set(attempt.key(), DeliveryKey.claim(self.id()),
                        SetParams.setParams().nx().px(DeliveryKey.CLAIM_TTL.toMillis())));
                values.add(pipeline.get(attempt.key()));
            }
            pipeline.sync();
        }
        int takenOver = 0;
        int wereSending = 0;
        for (int i = 0; i < attempts.size(); i++) {
            BatchAttempt attempt = attempts.get(i);
            if (claims.get(i) == null) {
                continue;
            }
            String value = values.get(i).get();
            if (claims.get(i).get() != null) {
                attempt.outcome = Outcome.CLAIMED;
                attempt.lookUp = recovered || attempt.entry.uncertain();
            } else if (DeliveryKey.SENT.equals(value)) {
                attempt.outcome = Outcome.DUPLICATE;
            } else if (crashed(attempt.key(), value) && DeliveryKey.takeOver(redis, attempt.key(), value, self.id())) {
                attempt.outcome = Outcome.CLAIMED;
                attempt.lookUp = DeliveryKey.wasSending(value);
                takenOver++;
                wereSending += attempt.lookUp ? 1 : 0;
            } else {
                attempt.outcome = Outcome.BUSY;
            }
        }
        if (takenOver > 0) {
            LOG.info("Outbox: took over {} deliveries of a stopped sender; {} of them were being sent", takenOver, wereSending);
        }
    }

    /** Held by a run that stopped, or by this run in a batch a Redis error cut short ({@link HeldDeliveries}). */
    private boolean crashed(String key, String value) {
        return DeliveryKey.holder(value)
                .filter(run -> run.equals(self.id()) ? !held.heldByAnother(key) : !self.alive(run)).isPresent();
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
                    attempt.lookUp |= attempt.called;
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
        markSent(attempt);
        composer.delivered(attempt.delivery(), found.get());
        return true;
    }

    /** Marks one delivery sent as soon as the platform accepted it, so a crash right after cannot send it twice. */
    private void markSent(BatchAttempt attempt) {
        redis.set(attempt.key(), DeliveryKey.SENT, SetParams.setParams().ex(DeliveryKey.SENT_TTL.toSeconds()));
    }

    private void settle(List<BatchAttempt> attempts) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (BatchAttempt attempt : attempts) {
                switch (attempt.outcome) {
                    case BUSY, CLAIMED -> {
                        continue;
                    }
                    case SENT -> pipeline.set(attempt.key(), DeliveryKey.SENT,
                            SetParams.setParams().ex(DeliveryKey.SENT_TTL.toSeconds()));
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

    private void scheduleRetry(AbstractPipeline pipeline, BatchAttempt attempt) {
        if (attempt.throttled) {
            pipeline.zadd(Keys.OUTBOX_RETRY, retries.dueAt(attempt.retryAfter), attempt.entry.encodeAgain(attempt.lookUp));
            return;
        }
        int sends = attempt.entry.attempt() + 1;
        if (sends >= settings.maxAttempts()) {
            LOG.warn("Giving up on {} after {} attempts", attempt.delivery(), sends);
            return;
        }
        Duration delay = retries.delay(attempt.entry.attempt(), attempt.retryAfter);
        pipeline.zadd(Keys.OUTBOX_RETRY, retries.dueAt(delay), attempt.entry.encodeNextAttempt(attempt.lookUp));
    }
}
