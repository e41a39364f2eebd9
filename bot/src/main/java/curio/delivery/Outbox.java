package curio.delivery;

import curio.store.Keys;
import curio.store.LuaScript;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.StreamConsumerInfo;

/**
 * The durable outbox: a Redis Stream ({@link Keys#OUTBOX}) read by a consumer group of senders.
 * Entries stay in the stream until a platform accepted the message (or it can never be sent).
 */
@Singleton
public class Outbox {

    /** The consumer group every sender of every replica reads with. */
    public static final String GROUP = "senders";

    private static final LuaScript BACKLOG = LuaScript.of(List.of(), """
            local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)
            local age = 0
            if #first > 0 then
              local now = redis.call('TIME')
              local added = tonumber(string.match(first[1][1], '^(%d+)'))
              age = math.max(0, tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) - added)
            end
            return {redis.call('XLEN', KEYS[1]), age, redis.call('ZCARD', KEYS[2])}""");

    private final UnifiedJedis redis;

    public Outbox(UnifiedJedis redis) {
        this.redis = redis;
        createGroup();
    }

    /** Queues one delivery; the senders pick it up within a second. */
    public void enqueue(Delivery delivery) {
        redis.xadd(Keys.OUTBOX, XAddParams.xAddParams(), OutboxEntry.fields(delivery));
    }

    /** Queues many deliveries in one pipelined round trip. */
    public void enqueueAll(Collection<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (Delivery delivery : deliveries) {
                pipeline.xadd(Keys.OUTBOX, XAddParams.xAddParams(), OutboxEntry.fields(delivery));
            }
            pipeline.sync();
        }
    }

    /**
     * Takes over a delivery that the learner gets in a reply instead (today's prompt shown by
     * {@code today}): its delivery key is marked sent, so a queued or later entry for it is
     * acknowledged without sending. False when the outbox sent it or is sending it right now.
     */
    public boolean claimForReply(Delivery delivery) {
        return redis.set(DeliveryKey.of(delivery), DeliveryKey.SENT,
                SetParams.setParams().nx().ex(DeliveryKey.SENT_TTL.toSeconds())) != null;
    }

    /** Entries not yet acknowledged: queued, in flight or waiting in the group's pending list. */
    public long length() {
        return redis.xlen(Keys.OUTBOX);
    }

    /** Deliveries waiting for a retry (see {@link Keys#OUTBOX_RETRY}). */
    public long retrying() {
        return redis.zcard(Keys.OUTBOX_RETRY);
    }

    /**
     * How far behind the senders are, in one round trip: the stream's length, how long its first
     * (oldest) entry has waited by Redis's clock (an entry's id is the epoch ms it was added; zero
     * when the stream is empty), and the deliveries waiting for a retry.
     */
    @SuppressWarnings("unchecked")
    public Backlog backlog() {
        List<Long> reply = (List<Long>) BACKLOG.run(redis, List.of(Keys.OUTBOX, Keys.OUTBOX_RETRY), List.of());
        return new Backlog(reply.get(0), Duration.ofMillis(reply.get(1)), reply.get(2));
    }

    /** See {@link #backlog()}. */
    public record Backlog(long length, Duration oldestAge, long retrying) {
    }

    /**
     * Removes the group's consumers that hold no pending entry and have not read for {@code idle}:
     * the senders of earlier runs (each run names its senders afresh). Harmless for a live sender
     * elsewhere (Redis 6.2 counts idle time from its last delivery): with nothing pending it loses
     * nothing, and its next read recreates it. Returns how many went.
     */
    public int forgetIdleConsumers(Duration idle) {
        int forgotten = 0;
        for (StreamConsumerInfo consumer : redis.xinfoConsumers2(Keys.OUTBOX, GROUP)) {
            if (consumer.getPending() == 0 && consumer.getIdle() > idle.toMillis()) {
                redis.xgroupDelConsumer(Keys.OUTBOX, GROUP, consumer.getName());
                forgotten++;
            }
        }
        return forgotten;
    }

    private void createGroup() {
        createGroup(redis);
    }

    /** Creates the stream and its consumer group unless they exist. */
    static void createGroup(UnifiedJedis redis) {
        try {
            redis.xgroupCreate(Keys.OUTBOX, GROUP, new StreamEntryID(), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }
}
