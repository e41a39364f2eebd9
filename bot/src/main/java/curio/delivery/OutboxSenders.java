package curio.delivery;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * The pool of outbox sender threads ({@code curio.outbox.senders}), started with the application
 * when the engine provides a {@link DeliveryComposer}; their batches' sends run on the
 * {@link OutboxSendPool}. Stopping drains: the senders stop reading, finish the batches they hold
 * within {@code curio.outbox.drain-timeout}, and whatever is left stays pending in Redis for the next start.
 */
@Context
@Requires(beans = DeliveryComposer.class)
public class OutboxSenders {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSenders.class);

    private final OutboxSettings settings;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService pool;
    private final OutboxSendPool sends;

    public OutboxSenders(UnifiedJedis redis, Outbox outbox, BatchSender batches, OutboxChores chores,
                         OutboxSettings settings, SenderInstance self, OutboxSendPool sends) {
        this.settings = settings;
        this.sends = sends;
        int forgotten = outbox.forgetIdleConsumers(settings.claimIdle());
        String instance = self.id();
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.senders(), task -> {
            Thread thread = new Thread(task, "curio-outbox-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 1; i <= settings.senders(); i++) {
            pool.execute(new OutboxSender(instance + "-" + i, redis, batches, chores, settings.batchSize(), running::get));
        }
        LOG.info("Outbox: {} senders reading {} entries at a time, at most {} sends in flight ({} idle senders of "
                + "earlier runs forgotten)", settings.senders(), settings.batchSize(), settings.inFlight(), forgotten);
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        if (!pool.awaitTermination(settings.drainTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Outbox senders still busy after {}: interrupting; unsent entries stay pending",
                    settings.drainTimeout());
            pool.shutdownNow();
            pool.awaitTermination(2, TimeUnit.SECONDS);
        }
        sends.stop();
    }
}
