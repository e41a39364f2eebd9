package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.delivery.Delivery;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * A cohort whose due minute finds Redis away is fired again once Redis answers: Quartz fires an
 * occurrence once, and before the retries those learners got nothing that day (the Redis-away
 * journey caught it when the freeze covered a check-in cohort's minute).
 */
class CohortJobTest {

    /** A firing whose first {@code failures} fires fail as they do while Redis is frozen. */
    private static final class FlakyFiring extends CohortFiring {
        private final AtomicInteger attempts = new AtomicInteger();
        private final int failures;

        FlakyFiring(int failures) {
            super(null, null, null, null);
            this.failures = failures;
        }

        @Override
        public long fireIfDue(Cohort cohort) {
            if (attempts.incrementAndGet() <= failures) {
                throw new JedisConnectionException("java.net.SocketTimeoutException: Read timed out");
            }
            return 1;
        }
    }

    @Test
    void aFireThatFindsRedisAwayIsTriedAgainUntilItGoesThrough() {
        Cohort cohort = new Cohort(ZoneId.of("Europe/Berlin"), LocalTime.of(16, 30),
                EnumSet.allOf(DayOfWeek.class), Delivery.Kind.CHECKIN);
        FlakyFiring firing = new FlakyFiring(1);
        new CohortJob(firing).fire(cohort.id(), false);
        assertEquals(2, firing.attempts.get(), "one failed fire, then one that went through");
    }
}
