package curio.delivery;

import curio.store.Keys;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * This run's outbox senders, as other runs see them: a fresh id per start and a key
 * ({@link Keys#outboxSenders}) renewed every {@link #RENEW} that lapses {@link #LEASE}
 * after the process died. A delivery key claimed by a run whose key lapsed belongs to a crashed
 * sender and may be taken over; one claimed by a live run is left alone, however slow it is.
 */
@Singleton
@Requires(beans = DeliveryComposer.class)
public class SenderInstance {

    static final Duration LEASE = Duration.ofSeconds(15);
    static final Duration RENEW = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(SenderInstance.class);

    private final UnifiedJedis redis;
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "curio-outbox-lease");
        thread.setDaemon(true);
        return thread;
    });

    public SenderInstance(UnifiedJedis redis) {
        this.redis = redis;
        renewer.scheduleWithFixedDelay(this::renew, 0, RENEW.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String id() {
        return id;
    }

    /** Whether the run {@code instance} renewed its lease lately (this run always is). */
    boolean alive(String instance) {
        return id.equals(instance) || redis.exists(key(instance));
    }

    private void renew() {
        try {
            redis.set(key(id), "1", SetParams.setParams().px(LEASE.toMillis()));
        } catch (RuntimeException e) {
            LOG.warn("Renewing the outbox senders' lease failed: {}", e.toString());
        }
    }

    private static String key(String instance) {
        return Keys.outboxSenders(instance);
    }

    @PreDestroy
    void stop() {
        renewer.shutdownNow();
    }
}
