package curio.delivery;

import curio.chat.ChatAdapter;
import curio.delivery.BatchAttempt.Outcome;
import curio.store.Keys;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Sends one batch of outbox entries: claims each delivery key (one pipeline), hands every claimed
 * entry to the {@link EntrySender}, so the batch's sends are in flight together, each at its
 * workspace's rate-limit slot, waits until each has its outcome, then settles the batch in one
 * pipeline (acknowledge, schedule retries).
 *
 * <p>The delivery key ({@link DeliveryKey}) says who holds an entry and whether its send was under
 * way, so a replayed entry is acknowledged without sending, and an entry of a crashed run (see
 * {@link SenderInstance}) is taken over: sent at once when its send had not begun, else first looked
 * up in the conversation ({@link ChatAdapter#findDelivered}) and only sent when it is not there.
 * Entries claimed from a stopped sender whose key is gone are looked up the same way. An entry this
 * run sent whose sent mark a failover lost is acknowledged without sending ({@link RecentSends}).
 */
@Singleton
@Requires(beans = DeliveryComposer.class)
public class BatchSender {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);

    private final UnifiedJedis redis;
    private final EntrySender entries;
    private final OutboxRetries retries;
    private final OutboxSettings settings;
    private final SenderInstance self;
    private final RecentSends recent;
    private final HeldDeliveries held = new HeldDeliveries();

    BatchSender(UnifiedJedis redis, EntrySender entries, OutboxRetries retries, OutboxSettings settings,
                SenderInstance self, RecentSends recent) {
        this.redis = redis;
        this.entries = entries;
        this.retries = retries;
        this.settings = settings;
        this.self = self;
        this.recent = recent;
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
        List<BatchAttempt> claimed = attempts.stream().filter(a -> a.outcome == Outcome.CLAIMED).toList();
        claimed.forEach(entries::start);
        awaitAll(claimed);
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
                if (recent.wasSent(attempt.entry.id())) {
                    // offered again after a failover lost its sent mark and acknowledgement: marked again, not sent again
                    attempt.outcome = Outcome.DUPLICATE;
                    pipeline.set(attempt.key(), DeliveryKey.SENT, SetParams.setParams().ex(DeliveryKey.SENT_TTL.toSeconds()));
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

    /**
     * Waits until every attempt has its outcome. Interrupted (a shutdown that ran out of time), it
     * releases those not being composed or sent at this moment and waits only for the others.
     */
    private static void awaitAll(List<BatchAttempt> claimed) {
        CompletableFuture<Void> all = CompletableFuture.allOf(claimed.stream().map(a -> a.done).toArray(CompletableFuture[]::new));
        try {
            all.get();
        } catch (InterruptedException e) {
            claimed.forEach(BatchAttempt::release);
            all.join();
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an outbox send failed unexpectedly", e.getCause());
        }
    }

    private void settle(List<BatchAttempt> attempts) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (BatchAttempt attempt : attempts) {
                switch (attempt.outcome) {
                    case BUSY, CLAIMED -> {
                        continue;
                    }
                    case SENT -> {
                        if (!attempt.marked) { // its sender could not mark it: Redis failed right after the send
                            pipeline.set(attempt.key(), DeliveryKey.SENT, SetParams.setParams().ex(DeliveryKey.SENT_TTL.toSeconds()));
                        }
                    }
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
