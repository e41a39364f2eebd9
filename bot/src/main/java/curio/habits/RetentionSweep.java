package curio.habits;

import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.SweepLeases;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Drops answers older than the retention window for every learner, also for those who stopped
 * writing (appending prunes only the writer's own log). Runs every six hours.
 */
@Singleton
public class RetentionSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);
    private final UnifiedJedis redis;
    private final AnswerLog answers;
    private final Clock clock;
    private final SweepLeases leases;

    public RetentionSweep(UnifiedJedis redis, AnswerLog answers, Clock clock, SweepLeases leases) {
        this.redis = redis;
        this.answers = answers;
        this.clock = clock;
        this.leases = leases;
    }

    /** One replica runs each tick ({@link SweepLeases}). */
    @Scheduled(fixedDelay = "6h", initialDelay = "5m")
    public void scheduledSweep() {
        leases.runOnce("answer-retention", Duration.ofHours(6), this::sweep);
    }

    public void sweep() {
        LocalDate today = LocalDate.now(clock);
        int learners = 0;
        for (String tenantKey : redis.smembers(Keys.TENANTS)) {
            TenantId tenant = TenantId.parse(tenantKey);
            for (String id : redis.smembers(Keys.learners(tenant))) {
                answers.prune(new UserRef(tenant, id), today);
                learners++;
            }
        }
        LOG.debug("Retention sweep: {} answer logs pruned", learners);
    }
}
