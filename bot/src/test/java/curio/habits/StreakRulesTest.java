package curio.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.UserRef;
import curio.learners.LearnerStore;
import curio.support.Chat;
import curio.support.EngineTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreakRulesTest implements EngineTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    StreakRules streaks;
    @Inject
    LearnerStore learners;
    @Inject
    UnifiedJedis redis;
    UserRef learner = Chat.user("streaky");

    @BeforeEach
    void enrolled() {
        redis.flushAll();
        learners.enrol(learner, "Streaky", NEW_YORK, Locale.ENGLISH, MONDAY.minusDays(30));
    }

    @Test
    void consecutiveWorkingDaysBuildTheStreak() {
        assertEquals(1, streaks.learn(learner, MONDAY).current());
        assertEquals(2, streaks.learn(learner, MONDAY.plusDays(1)).current());
        assertEquals(3, streaks.learn(learner, MONDAY.plusDays(2)).longest());
    }

    @Test
    void theSameDayTwiceCountsOnceAndSaysSo() {
        streaks.learn(learner, MONDAY);
        Streak again = streaks.learn(learner, MONDAY);
        assertTrue(again.alreadyToday());
        assertEquals(1, again.current());
        assertEquals(1, again.learningDays());
    }

    @Test
    void aLearnerWhoMissesTheWeekendKeepsTheStreakOnMonday() {
        for (int d = 0; d < 5; d++) {
            streaks.learn(learner, MONDAY.plusDays(d));
        }
        Streak monday = streaks.learn(learner, MONDAY.plusDays(7));
        assertEquals(6, monday.current());
        assertEquals(0, monday.freezesUsed(), "weekend days are not working days");
    }

    @Test
    void learningOnASaturdayStillCounts() {
        streaks.learn(learner, MONDAY.plusDays(4));
        assertEquals(2, streaks.learn(learner, MONDAY.plusDays(5)).current());
        assertEquals(3, streaks.learn(learner, MONDAY.plusDays(7)).current());
    }

    @Test
    void aMissedWorkingDayWithoutAFreezeResetsTheStreakButKeepsTheLongest() {
        streaks.learn(learner, MONDAY);
        streaks.learn(learner, MONDAY.plusDays(1));
        Streak thursday = streaks.learn(learner, MONDAY.plusDays(3));
        assertEquals(1, thursday.current());
        assertEquals(2, thursday.longest());
        assertEquals(0, streaks.peek(learner, MONDAY.plusDays(7)).current(), "peek shows the break before learning");
    }

    @Test
    void fiveLearningDaysEarnAFreezeThatCoversAMissedDay() {
        Streak fifth = null;
        for (int d = 0; d < 5; d++) {
            fifth = streaks.learn(learner, MONDAY.plusDays(d));
        }
        assertTrue(fifth.freezeEarned());
        assertEquals(1, fifth.freezes());
        Streak tuesday = streaks.learn(learner, MONDAY.plusDays(8));
        assertEquals(6, tuesday.current(), "Monday was covered by the freeze");
        assertEquals(1, tuesday.freezesUsed());
        assertEquals(0, tuesday.freezes());
    }

    @Test
    void atMostTwoFreezesAreHeld() {
        Streak last = null;
        for (int d = 0; d < 15; d++) {
            last = streaks.learn(learner, MONDAY.plusDays(d));
        }
        assertEquals(2, last.freezes());
        assertFalse(last.freezeEarned());
    }

    @Test
    void pausedDaysNeitherExtendNorBreakTheStreak() {
        streaks.learn(learner, MONDAY);
        learners.pause(learner, MONDAY.plusDays(1), Optional.of(MONDAY.plusDays(9)));
        learners.resume(learner, MONDAY.plusDays(10));
        Streak back = streaks.learn(learner, MONDAY.plusDays(10));
        assertEquals(2, back.current());
        assertEquals(0, back.freezesUsed());
    }

    @Test
    void stoppingWhilePausedEndsThePauseSoMissedDaysBreakTheStreakLater() {
        streaks.learn(learner, MONDAY);
        learners.pause(learner, MONDAY.plusDays(1), Optional.empty());
        learners.stop(learner, MONDAY.plusDays(3));
        learners.enrol(learner, "Streaky", NEW_YORK, Locale.ENGLISH, MONDAY.plusDays(20));
        assertEquals(1, streaks.learn(learner, MONDAY.plusDays(21)).current(), "the stopped weeks broke the streak");
    }

    @Test
    void anEarlierDayAfterATimeZoneMoveIsNotCountedTwice() {
        streaks.learn(learner, MONDAY.plusDays(1));
        Streak earlier = streaks.learn(learner, MONDAY);
        assertTrue(earlier.alreadyToday());
        assertEquals(1, earlier.learningDays());
    }

    @Test
    void workingDaysAreTheLearnersOwn() {
        learners.setWorkingDays(learner, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        streaks.learn(learner, MONDAY);
        assertEquals(2, streaks.learn(learner, MONDAY.plusDays(3)).current(), "Tue and Wed are not working days");
    }

    @Test
    void milestonesAreCelebratedOnTheDayTheyAreReached() {
        int[] seen = new int[20];
        for (int d = 0; d < 14; d++) {
            seen[d] = streaks.learn(learner, MONDAY.plusDays(d)).milestone();
        }
        assertEquals(3, seen[2]);
        assertEquals(7, seen[6]);
        assertEquals(14, seen[13]);
        assertEquals(0, seen[3]);
    }

    @Test
    void theDayRollsOverAt0300LocalTime() {
        assertEquals(LocalDate.of(2026, 3, 1), LearningDay.of(Instant.parse("2026-03-02T07:59:00Z"), NEW_YORK), "02:59");
        assertEquals(LocalDate.of(2026, 3, 2), LearningDay.of(Instant.parse("2026-03-02T08:01:00Z"), NEW_YORK), "03:01");
    }

    @Test
    void theRolloverFollowsDaylightSavingInNewYork() {
        // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT
        assertEquals(LocalDate.of(2026, 3, 7), LearningDay.of(Instant.parse("2026-03-08T06:59:00Z"), NEW_YORK), "01:59 EST");
        assertEquals(LocalDate.of(2026, 3, 8), LearningDay.of(Instant.parse("2026-03-08T07:00:00Z"), NEW_YORK), "03:00 EDT");
        assertEquals(LocalDate.of(2026, 3, 8), LearningDay.of(Instant.parse("2026-03-09T06:59:00Z"), NEW_YORK), "02:59 EDT");
        assertEquals(LocalDate.of(2026, 3, 9), LearningDay.of(Instant.parse("2026-03-09T07:01:00Z"), NEW_YORK), "03:01 EDT");
    }

    @Test
    void theRolloverFollowsDaylightSavingInBerlin() {
        // 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST
        assertEquals(LocalDate.of(2026, 3, 28), LearningDay.of(Instant.parse("2026-03-29T00:59:00Z"), BERLIN), "01:59 CET");
        assertEquals(LocalDate.of(2026, 3, 29), LearningDay.of(Instant.parse("2026-03-29T01:00:00Z"), BERLIN), "03:00 CEST");
        assertEquals(LocalDate.of(2026, 3, 29), LearningDay.of(Instant.parse("2026-03-30T00:59:00Z"), BERLIN), "02:59 CEST");
        assertEquals(LocalDate.of(2026, 3, 30), LearningDay.of(Instant.parse("2026-03-30T01:01:00Z"), BERLIN), "03:01 CEST");
    }

    @Test
    void aLateCheckInAcrossTheDstNightKeepsTheStreakGoing() {
        // Friday 2026-03-06 and Saturday night 01:30 EST on Sunday 03-08 still counts for Saturday 03-07
        streaks.learn(learner, LearningDay.of(Instant.parse("2026-03-06T15:00:00Z"), NEW_YORK));
        Streak saturday = streaks.learn(learner, LearningDay.of(Instant.parse("2026-03-08T06:30:00Z"), NEW_YORK));
        assertEquals(2, saturday.current());
        Streak monday = streaks.learn(learner, LearningDay.of(Instant.parse("2026-03-09T13:00:00Z"), NEW_YORK));
        assertEquals(3, monday.current(), "Sunday is not a working day, so nothing was missed");
    }
}
