package curio.delivery;

import curio.store.Keys;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * One sender thread: reads new outbox entries with XREADGROUP (blocking at most half a second, so
 * it notices a shutdown quickly) and sends each batch it read to the end, even during shutdown.
 */
final class OutboxSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BLOCK_MILLIS = 500;

    private final String consumer;
    private final UnifiedJedis redis;
    private final BatchSender batches;
    private final OutboxChores chores;
    private final int batchSize;
    private final BooleanSupplier running;

    OutboxSender(String consumer, UnifiedJedis redis, BatchSender batches, OutboxChores chores, int batchSize,
                 BooleanSupplier running) {
        this.consumer = consumer;
        this.redis = redis;
        this.batches = batches;
        this.chores = chores;
        this.batchSize = batchSize;
        this.running = running;
    }

    @Override
    public void run() {
        XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(batchSize).block(BLOCK_MILLIS);
        Map<String, StreamEntryID> stream = Map.of(Keys.OUTBOX, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
        while (running.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
            try {
                chores.runIfDue(consumer);
                List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(Outbox.GROUP, consumer, params, stream);
                if (read != null) {
                    for (Map.Entry<String, List<StreamEntry>> entries : read) {
                        batches.send(entries.getValue());
                    }
                }
            } catch (JedisDataException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("NOGROUP")) {
                    LOG.warn("The outbox stream or its consumer group is gone (Redis flushed or failed over): recreating it");
                    Outbox.createGroup(redis);
                    continue;
                }
                LOG.warn("Outbox sender {} failed, retrying in a second: {}", consumer, e.toString());
                pause();
            } catch (RuntimeException e) {
                if (!running.getAsBoolean()) {
                    return;
                }
                LOG.warn("Outbox sender {} failed, retrying in a second: {}", consumer, e.toString());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
