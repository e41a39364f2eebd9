package curio.schedule;

import curio.chat.UserRef;
import curio.delivery.Delivery;
import curio.habits.LearningDay;
import curio.delivery.Outbox;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * What happens when a cohort is due: one outbox entry per member (SSCAN in batches, pipelined
 * XADD), dated with the local day of the fire in the cohort's zone.
 *
 * <p>The rule, for Quartz fires and for the catch-up after a restart alike: the occurrence owed
 * is the cohort's latest scheduled time at or before now (per the injected {@link Clock}, with a
 * minute's tolerance for an early fire); it is handled once ({@link Keys#COHORT_FIRED} keeps the last
 * occurrence sent or skipped) and only while at most {@code curio.schedule.catch-up} (2h) late, else skipped.
 */
@Singleton
public class CohortFiring {

    private static final Logger LOG = LoggerFactory.getLogger(CohortFiring.class);
    private static final Duration EARLY_TOLERANCE = Duration.ofMinutes(1);

    private final UnifiedJedis redis;
    private final Outbox outbox;
    private final Clock clock;
    private final ScheduleSettings settings;

    public CohortFiring(UnifiedJedis redis, Outbox outbox, Clock clock, ScheduleSettings settings) {
        this.redis = redis;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    /** Sends the cohort's owed occurrence unless it was sent or is too late; returns the entries written. */
    public long fireIfDue(Cohort cohort) {
        Instant now = clock.instant();
        Optional<Instant> owed = cohort.latestFireAtOrBefore(now.plus(EARLY_TOLERANCE));
        if (owed.isEmpty() || !owed.get().isAfter(lastFired(cohort))) {
            return 0;
        }
        Duration late = Duration.between(owed.get(), now);
        if (late.compareTo(settings.catchUp()) > 0) {
            LOG.info("Skipping cohort {} due at {}: {} late is more than {}", cohort.id(), owed.get(), late,
                    settings.catchUp());
            markFired(cohort, owed.get());
            return 0;
        }
        long written = fanOut(cohort, LearningDay.of(owed.get(), cohort.zone()));
        markFired(cohort, owed.get());
        LOG.info("Cohort {} due at {}: {} deliveries queued", cohort.id(), owed.get(), written);
        return written;
    }

    /**
     * Queues the cohort's deliveries for today in its zone, whatever the schedule says. "Today" is
     * the learning day (03:00 rollover), so a 01:30 check-in belongs to the evening before.
     */
    public long fireNow(Cohort cohort) {
        return fanOut(cohort, LearningDay.of(clock.instant(), cohort.zone()));
    }

    private long fanOut(Cohort cohort, LocalDate day) {
        ScanParams params = new ScanParams().count(settings.fanOutBatch());
        String cursor = ScanParams.SCAN_POINTER_START;
        long written = 0;
        do {
            ScanResult<String> page = redis.sscan(Keys.cohort(cohort.id()), cursor, params);
            List<Delivery> deliveries = new ArrayList<>(page.getResult().size());
            for (String member : page.getResult()) {
                deliveries.add(new Delivery(UserRef.parse(member), cohort.kind(), day));
            }
            outbox.enqueueAll(deliveries);
            written += deliveries.size();
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        return written;
    }

    private void markFired(Cohort cohort, Instant occurrence) {
        redis.hset(Keys.COHORT_FIRED, cohort.id(), Long.toString(occurrence.toEpochMilli()));
    }

    private Instant lastFired(Cohort cohort) {
        String millis = redis.hget(Keys.COHORT_FIRED, cohort.id());
        return millis == null ? Instant.MIN : Instant.ofEpochMilli(Long.parseLong(millis));
    }
}
