package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.Eventually;
import curio.delivery.Outbox;
import curio.delivery.RecordingChatAdapter;
import curio.delivery.TestContexts;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Curio stops and starts again over the same data folder (the same embedded Redis files). */
class RestartTest {

    private static final UserRef NOA = new UserRef(new TenantId(Platform.TEAMS, "t-restart"), "noa");
    private static final String PROMPT = "UTC|09:00|MON-FRI|PROMPT";
    /** Monday 2 March 2026: Noa's prompt is due at 09:00 UTC. */
    private static final String MONDAY_EARLY = "2026-03-02T00:00:00Z";

    @Test
    void theCohortTriggersAreRebuiltFromRedis() {
        Path data = enrolNoa("rebuilt");
        try (ApplicationContext again = run(data, "2026-03-02T01:00:00Z")) {
            CohortScheduler scheduler = again.getBean(CohortScheduler.class);
            assertTrue(scheduler.triggeredCohorts().containsAll(
                    java.util.Set.of(PROMPT, "UTC|15:30|MON-FRI|NUDGE", "UTC|17:00|MON-FRI|CHECKIN")));
            assertEquals(java.time.Instant.parse("2026-03-02T09:00:00Z"),
                    scheduler.nextFireTimes(PROMPT, java.time.Instant.parse("2026-03-02T01:00:00Z"), 1).get(0));
        }
    }

    @Test
    void aPromptMissedByAnHourOfDowntimeIsSentOnceAfterTheRestart() {
        Path data = enrolNoa("late");
        try (ApplicationContext back = run(data, "2026-03-02T10:00:00Z")) {
            RecordingChatAdapter adapter = back.getBean(RecordingChatAdapter.class);
            Eventually.within(Duration.ofSeconds(10), "the late prompt", () -> adapter.acceptedFor(NOA).size() == 1);
            assertEquals("PROMPT 2026-03-02", adapter.acceptedFor(NOA).get(0).text());
            Eventually.within(Duration.ofSeconds(5), "acknowledged", () -> back.getBean(Outbox.class).length() == 0);
        }
        try (ApplicationContext again = run(data, "2026-03-02T10:30:00Z")) {
            Eventually.pause(Duration.ofSeconds(1));
            assertEquals(0, again.getBean(RecordingChatAdapter.class).accepted().size());
            assertEquals(0, again.getBean(Outbox.class).length());
        }
    }

    @Test
    void aPromptMissedByThreeHoursIsSkippedNotSentLate() {
        Path data = enrolNoa("skipped");
        try (ApplicationContext back = run(data, "2026-03-02T12:00:00Z")) {
            Eventually.pause(Duration.ofSeconds(1));
            assertEquals(0, back.getBean(RecordingChatAdapter.class).accepted().size());
            assertEquals(0, back.getBean(Outbox.class).length());
        }
    }

    private static Path enrolNoa(String name) {
        Path data = TestContexts.newDataDir("restart-" + name);
        try (ApplicationContext first = run(data, MONDAY_EARLY)) {
            first.getBean(CohortScheduler.class).schedule(NOA, new LearnerSchedule(ZoneId.of("UTC"),
                    LocalTime.of(9, 0), LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        }
        return data;
    }

    private static ApplicationContext run(Path data, String clock) {
        return TestContexts.start(data, Map.of("test.clock", clock));
    }
}
