package curio.schedule;

import curio.store.Keys;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The in-memory schedule is one replica's: its holder keeps a Redis lease ({@link Keys#IN_MEMORY_SCHEDULE},
 * {@code SET NX PX} 15 s, renewed every 5 s, deleted on stop), and a second Curio on the same Redis
 * without {@code QUARTZ_JDBC_URL} refuses to start, since both would send every prompt. A holder killed
 * without stopping leaves a lease that expires within 15 s; the same host and port starting again
 * takes its own lease over at once (it is the restart of that replica: two cannot share a port).
 */
@Singleton
public class InMemoryScheduleLease {

    static final String REFUSAL =
            "another Curio uses this Redis with the in-memory schedule: set QUARTZ_JDBC_URL to run replicas";
    static final Duration TTL = Duration.ofSeconds(15);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final String RENEW = """
            local holder = redis.call('GET', KEYS[1])
            if holder == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 2 end
            return 0""";
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryScheduleLease.class);

    private final UnifiedJedis redis;
    private final String owner;
    private final String token;
    private ScheduledExecutorService heartbeat;

    public InMemoryScheduleLease(UnifiedJedis redis,
                                 @Property(name = "micronaut.server.port", defaultValue = "3000") String port) {
        this.redis = redis;
        this.owner = host() + ":" + port;
        this.token = owner + "|" + UUID.randomUUID();
    }

    /** Takes the lease or fails with {@link #REFUSAL}; renews it until {@link #release()}. */
    public synchronized void acquire() {
        if (!take()) {
            String holder = redis.get(Keys.IN_MEMORY_SCHEDULE);
            if (holder != null && holder.startsWith(owner + "|")) {
                redis.set(Keys.IN_MEMORY_SCHEDULE, token, SetParams.setParams().px(TTL.toMillis()));
                LOG.warn("Schedule: took over the in-memory schedule's lease left by an earlier run on {}", owner);
            } else if (holder != null || !take()) {
                throw new IllegalStateException(REFUSAL + " (held by " + (holder == null ? "?" : holder.split("\\|")[0]) + ")");
            }
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "curio-schedule-lease");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::renew, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops renewing and deletes the lease if it is still this process's. */
    public synchronized void release() {
        if (heartbeat == null) {
            return;
        }
        heartbeat.shutdownNow();
        heartbeat = null;
        try {
            redis.eval(RELEASE, List.of(Keys.IN_MEMORY_SCHEDULE), List.of(token));
        } catch (RuntimeException e) {
            LOG.info("Schedule: could not release the in-memory schedule's lease: {}", e.getMessage());
        }
    }

    private boolean take() {
        return "OK".equals(redis.set(Keys.IN_MEMORY_SCHEDULE, token, SetParams.setParams().nx().px(TTL.toMillis())));
    }

    private void renew() {
        try {
            Object renewed = redis.eval(RENEW, List.of(Keys.IN_MEMORY_SCHEDULE), List.of(token, Long.toString(TTL.toMillis())));
            if (Long.valueOf(0).equals(renewed)) {
                LOG.error("Schedule: {}; this replica's in-memory schedule now competes with it", REFUSAL);
            }
        } catch (RuntimeException e) {
            LOG.warn("Schedule: could not renew the in-memory schedule's lease: {}", e.getMessage());
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
