package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.UserRef;
import curio.habits.Streak;
import curio.habits.StreakRules;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.learners.WorkingDays;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * A chat check-in counts the day by the same rules as {@link StreakRules}: two learners living the
 * same generated weeks (gaps, pauses, working days, moves across time zones), one counted by the
 * check-in script, one by the streak script, end every day with the same streak.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInStreakTest implements EngineTest {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Pacific/Auckland"), ZoneId.of("UTC"));

    @Inject
    Arrivals arrivals;
    @Inject
    StreakRules streaks;
    @Inject
    LearnerStore learners;
    @Inject
    LocalCalendar calendar;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;

    @Test
    void aCheckInCountsTheDayAsTheStreakRulesDo() {
        Random random = new Random(11);
        for (int history = 0; history < 40; history++) {
            redis.flushAll();
            clock.set(TestClockFactory.START);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            UserRef chat = Chat.user("chat" + history);
            UserRef rules = Chat.user("rules" + history);
            for (UserRef user : List.of(chat, rules)) {
                learners.enrol(user, "Twin", zone, Locale.ENGLISH, calendar.learningDay(zone));
            }
            for (int step = 0; step < 40; step++) {
                clock.advance(Duration.ofHours(random.nextInt(80)));
                zone = change(random, zone, chat, rules);
                LocalDate day = calendar.learningDay(zone);
                Streak expected = streaks.learn(rules, day);
                Streak counted = arrivals.arrive(chat, null, false, "tried step " + step).checkedIn().orElseThrow();
                assertEquals(expected, counted, "history " + history + ", step " + step + ", " + day + " in " + zone);
            }
        }
    }

    /** Now and then the twins pause, resume, change working days or move; returns their zone. */
    private ZoneId change(Random random, ZoneId zone, UserRef... twins) {
        int dice = random.nextInt(12);
        ZoneId moved = dice == 0 ? ZONES.get(random.nextInt(ZONES.size())) : zone;
        LocalDate today = calendar.learningDay(moved);
        int pauseDays = 1 + random.nextInt(9);
        int workingDays = 1 + random.nextInt(127);
        for (UserRef twin : twins) {
            switch (dice) {
                case 0 -> learners.setZone(twin, moved);
                case 1 -> learners.pause(twin, today.plusDays(1), Optional.of(today.plusDays(pauseDays)));
                case 2 -> learners.resume(twin, today);
                case 3 -> learners.setWorkingDays(twin, WorkingDays.of(workingDays));
                default -> { }
            }
        }
        return moved;
    }
}
