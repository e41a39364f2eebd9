package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxRetriesTest {

    private final OutboxRetries retries = new OutboxRetries(null, Clock.systemUTC(),
            new OutboxSettings(null, null, null, Duration.ofSeconds(2), Duration.ofMinutes(5), null, null, null, null, null));

    @Test
    void eachRetryWaitsAboutTwiceAsLongWithJitterUpToTheCap() {
        for (int run = 0; run < 50; run++) {
            assertBetween(retries.delay(0, Duration.ZERO), 1_000, 2_000);
            assertBetween(retries.delay(1, Duration.ZERO), 2_000, 4_000);
            assertBetween(retries.delay(3, Duration.ZERO), 8_000, 16_000);
            assertBetween(retries.delay(30, Duration.ZERO), 150_000, 300_000);
        }
    }

    @Test
    void thePlatformsRetryAfterIsHonouredWhenLonger() {
        assertEquals(Duration.ofSeconds(30), retries.delay(0, Duration.ofSeconds(30)));
    }

    @Test
    void anEntryRoundTripsThroughTheStreamFormat() {
        Delivery delivery = new Delivery(new UserRef(new TenantId(Platform.SLACK, "T1"), "U9"), Delivery.Kind.NUDGE,
                LocalDate.of(2026, 3, 9));

        OutboxEntry entry = OutboxEntry.decode("1-0", OutboxEntry.fields(delivery));

        assertEquals(new OutboxEntry("1-0", delivery, 0), entry);
        assertEquals(new OutboxEntry("2-0", delivery, 1),
                OutboxEntry.decode("2-0", Map.of(OutboxEntry.FIELD, entry.encodeNextAttempt(false))));
        assertEquals(new OutboxEntry("3-0", delivery, 1, true),
                OutboxEntry.decode("3-0", Map.of(OutboxEntry.FIELD, entry.encodeNextAttempt(true))));
    }

    private static void assertBetween(Duration delay, long minMillis, long maxMillis) {
        assertTrue(delay.toMillis() >= minMillis && delay.toMillis() <= maxMillis, delay + " not in range");
    }
}
