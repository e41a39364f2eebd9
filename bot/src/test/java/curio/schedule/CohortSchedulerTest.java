package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.TestContexts;
import curio.store.Keys;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest(environments = "delivery-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortSchedulerTest implements TestPropertyProvider {

    /** Thursday 5 March 2026, 00:00 UTC: 09:00 in Tokyo, Wednesday 16:00 in Los Angeles. */
    private static final Instant THURSDAY = Instant.parse("2026-03-05T00:00:00Z");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final TenantId TENANT = new TenantId(Platform.TEAMS, "t-schedule");

    @Inject
    CohortScheduler scheduler;
    @Inject
    UnifiedJedis redis;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>();
        TestContexts.properties(TestContexts.newDataDir("schedule")).forEach((k, v) -> props.put(k, v.toString()));
        props.put("test.clock", THURSDAY.toString());
        return props;
    }

    @Test
    void aTokyoLearnerHearsAt0930TokyoTimeOnWeekdaysOnly() {
        UserRef aiko = new UserRef(TENANT, "aiko");
        scheduler.schedule(aiko, schedule("Asia/Tokyo", "09:30", "17:30"));

        assertEquals(Set.of("Asia/Tokyo|09:30|MON-FRI|PROMPT", "Asia/Tokyo|16:00|MON-FRI|NUDGE",
                "Asia/Tokyo|17:30|MON-FRI|CHECKIN"), scheduler.cohortsOf(aiko));
        assertEquals(List.of(
                        Instant.parse("2026-03-05T00:30:00Z"),   // Thu 09:30 JST
                        Instant.parse("2026-03-06T00:30:00Z"),   // Fri
                        Instant.parse("2026-03-09T00:30:00Z"),   // Mon: the weekend is skipped
                        Instant.parse("2026-03-10T00:30:00Z")),
                scheduler.nextFireTimes("Asia/Tokyo|09:30|MON-FRI|PROMPT", THURSDAY, 4));
    }

    @Test
    void aLosAngelesLearnerStillHearsAt0930AfterTheClocksSpringForward() {
        UserRef lee = new UserRef(TENANT, "lee");
        scheduler.schedule(lee, schedule("America/Los_Angeles", "09:30", "17:30"));

        assertEquals(List.of(
                        Instant.parse("2026-03-05T17:30:00Z"),   // Thu 09:30 PST (UTC-8)
                        Instant.parse("2026-03-06T17:30:00Z"),   // Fri 09:30 PST
                        Instant.parse("2026-03-09T16:30:00Z"),   // Mon 09:30 PDT (UTC-7), DST began Sun 8 March
                        Instant.parse("2026-03-10T16:30:00Z")),
                scheduler.nextFireTimes("America/Los_Angeles|09:30|MON-FRI|PROMPT", THURSDAY, 4));
        assertEquals(Instant.parse("2026-03-06T00:00:00Z"),
                scheduler.nextFireTimes("America/Los_Angeles|16:00|MON-FRI|NUDGE", THURSDAY, 1).get(0));
    }

    @Test
    void aLearnerWhoMovesTheirPromptLeavesTheOldCohortAndItsEmptyTriggerGoes() {
        UserRef mia = new UserRef(TENANT, "mia");
        scheduler.schedule(mia, schedule("Europe/Berlin", "08:00", "16:00"));
        assertTrue(scheduler.triggeredCohorts().contains("Europe/Berlin|08:00|MON-FRI|PROMPT"));

        scheduler.schedule(mia, schedule("Europe/Berlin", "10:00", "16:00"));

        assertTrue(scheduler.cohortsOf(mia).contains("Europe/Berlin|10:00|MON-FRI|PROMPT"));
        assertFalse(scheduler.cohortsOf(mia).contains("Europe/Berlin|08:00|MON-FRI|PROMPT"));
        assertFalse(scheduler.triggeredCohorts().contains("Europe/Berlin|08:00|MON-FRI|PROMPT"));
        assertTrue(scheduler.triggeredCohorts().contains("Europe/Berlin|10:00|MON-FRI|PROMPT"));
        assertTrue(scheduler.triggeredCohorts().contains("Europe/Berlin|16:00|MON-FRI|CHECKIN"));
        assertFalse(redis.sismember(Keys.COHORTS, "Europe/Berlin|08:00|MON-FRI|PROMPT"));
        assertEquals(0, redis.scard(Keys.cohort("Europe/Berlin|08:00|MON-FRI|PROMPT")));
        assertTrue(redis.sismember(Keys.cohort("Europe/Berlin|10:00|MON-FRI|PROMPT"), mia.key()));
    }

    @Test
    void aHundredLearnersOnOneScheduleShareThreeTriggers() {
        int before = scheduler.triggeredCohorts().size();
        for (int i = 0; i < 100; i++) {
            scheduler.schedule(new UserRef(TENANT, "crowd-" + i), schedule("Africa/Nairobi", "07:15", "15:45"));
        }

        assertEquals(before + 3, scheduler.triggeredCohorts().size());
        assertEquals(100, redis.scard(Keys.cohort("Africa/Nairobi|07:15|MON-FRI|PROMPT")));
    }

    @Test
    void aLearnerWhoStopsLeavesEveryCohortAndTheirTriggersGo() {
        UserRef sam = new UserRef(TENANT, "sam");
        scheduler.schedule(sam, schedule("America/Sao_Paulo", "11:00", "18:00"));
        scheduler.unschedule(sam);

        assertTrue(scheduler.cohortsOf(sam).isEmpty());
        assertTrue(scheduler.triggeredCohorts().stream().noneMatch(id -> id.startsWith("America/Sao_Paulo")));
        assertTrue(redis.smembers(Keys.COHORTS).stream().noneMatch(id -> id.startsWith("America/Sao_Paulo")));
    }

    static LearnerSchedule schedule(String zone, String prompt, String checkin) {
        return new LearnerSchedule(ZoneId.of(zone), LocalTime.parse(prompt), LocalTime.parse(checkin), WEEKDAYS);
    }
}
