package curio.delivery;

import curio.store.Keys;
import jakarta.inject.Singleton;
import java.util.Collection;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAddParams;

/**
 * The durable outbox: a Redis Stream ({@link Keys#OUTBOX}) read by a consumer group of senders.
 * Entries stay in the stream until a platform accepted the message (or it can never be sent).
 */
@Singleton
public class Outbox {

    /** The consumer group every sender of every replica reads with. */
    public static final String GROUP = "senders";

    private final RedisClient redis;

    public Outbox(RedisClient redis) {
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

    /** Entries not yet acknowledged: queued, in flight or waiting in the group's pending list. */
    public long length() {
        return redis.xlen(Keys.OUTBOX);
    }

    /** Deliveries waiting for a retry (see {@link Keys#OUTBOX_RETRY}). */
    public long retrying() {
        return redis.zcard(Keys.OUTBOX_RETRY);
    }

    private void createGroup() {
        try {
            redis.xgroupCreate(Keys.OUTBOX, GROUP, new StreamEntryID(), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }
}
