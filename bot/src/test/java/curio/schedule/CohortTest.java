package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.delivery.Delivery.Kind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortTest {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void aTokyoWeekdayPromptCohortReadsLikeItsSchedule() {
        Cohort cohort = new Cohort(ZoneId.of("Asia/Tokyo"), LocalTime.of(9, 30), WEEKDAYS, Kind.PROMPT);

        assertEquals("Asia/Tokyo|09:30|MON-FRI|PROMPT", cohort.id());
        assertEquals("0 30 9 ? * MON-FRI", cohort.cron());
        assertEquals(cohort, Cohort.parse(cohort.id()));
    }

    @Test
    void scatteredDaysAndWeekendsKeepTheirOwnRanges() {
        Cohort scattered = new Cohort(ZoneId.of("UTC"), LocalTime.of(8, 0),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Kind.CHECKIN);
        Cohort weekend = new Cohort(ZoneId.of("UTC"), LocalTime.of(8, 0),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Kind.NUDGE);

        assertEquals("UTC|08:00|MON,WED-THU,SUN|CHECKIN", scattered.id());
        assertEquals("UTC|08:00|SAT-SUN|NUDGE", weekend.id());
        assertEquals(scattered, Cohort.parse(scattered.id()));
        assertEquals(weekend, Cohort.parse(weekend.id()));
    }

    @Test
    void theOccurrenceOwedOnMondayMorningIsMondaysNotFridays() {
        Cohort cohort = new Cohort(ZoneId.of("UTC"), LocalTime.of(9, 0), WEEKDAYS, Kind.PROMPT);

        assertEquals(Optional.of(Instant.parse("2026-03-02T09:00:00Z")),
                cohort.latestFireAtOrBefore(Instant.parse("2026-03-02T10:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-02-27T09:00:00Z")),
                cohort.latestFireAtOrBefore(Instant.parse("2026-03-02T08:59:00Z")));
    }

    @Test
    void theNudgeComesNinetyMinutesBeforeTheCheckin() {
        assertEquals(Optional.of(LocalTime.of(16, 0)), NudgeTime.of(LocalTime.of(9, 30), LocalTime.of(17, 30)));
    }

    @Test
    void aShortDayIsNudgedHalfwayAndNeverBeforeThePrompt() {
        assertEquals(Optional.of(LocalTime.of(10, 0)), NudgeTime.of(LocalTime.of(9, 30), LocalTime.of(10, 30)));
        assertEquals(Optional.of(LocalTime.of(10, 30)), NudgeTime.of(LocalTime.of(9, 30), LocalTime.of(11, 30)));
        assertTrue(NudgeTime.of(LocalTime.of(9, 30), LocalTime.of(9, 31)).isEmpty());
        assertTrue(NudgeTime.of(LocalTime.of(17, 0), LocalTime.of(9, 0)).isEmpty());
    }
}
