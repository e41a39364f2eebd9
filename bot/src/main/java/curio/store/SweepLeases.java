package curio.store;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Runs each tick of a {@code @Scheduled} sweep on one replica: the first to claim the tick's lease
 * ({@link Keys#sweep}, {@code SET NX PX}) runs it; the lease lasts a little less than the period (a
 * tenth less, at most a minute), so the next tick is free again whichever replica comes first. A tick
 * Redis fails (away, failing over) is skipped with one warning line; the next tick tries again.
 * At DEBUG ({@code LOGGER_LEVELS_CURIO_STORE=DEBUG}) each replica logs every tick, run here or left to another.
 */
@Singleton
public class SweepLeases {

    private static final Duration MAX_MARGIN = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SweepLeases.class);

    private final UnifiedJedis redis;
    private final String owner = UUID.randomUUID().toString();

    public SweepLeases(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** True when this replica runs the sweep's current tick. */
    public boolean claim(String sweep, Duration period) {
        Duration margin = period.dividedBy(10);
        Duration lease = period.minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin);
        return "OK".equals(redis.set(Keys.sweep(sweep), owner, SetParams.setParams().nx().px(lease.toMillis())));
    }

    /** Runs the sweep's tick if this replica claims it; true when it ran to the end. */
    public boolean runOnce(String sweep, Duration period, Runnable tick) {
        try {
            if (!claim(sweep, period)) {
                LOG.debug("Sweep {}: tick left to the replica that claimed it", sweep);
                return false;
            }
            LOG.debug("Sweep {}: this replica runs the tick", sweep);
            tick.run();
            return true;
        } catch (JedisException e) {
            LOG.warn("Sweep {}: Redis failed, this tick is skipped: {}", sweep, e.toString());
            return false;
        }
    }
}
