package curio.bench;

import curio.chat.BotEventHandler;
import curio.chat.UserRef;
import curio.content.PromptSelector;
import curio.content.ReviewQueue;
import curio.habits.AnswerLog;
import curio.habits.StreakRules;
import curio.support.Chat;
import curio.support.EngineTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * Redis memory per learner after 90 days: enrolled through the engine (learner hash, cohort
 * memberships), a prompt chosen every day (content cursors), a learning day on every working
 * day (streak, day bitmap), a quiz answered wrong every week (review queue). Then the same
 * with a one-line check-in text on every working day (answer log). Run: see BENCHMARKS.md.
 */
@MicronautTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryBenchmark implements EngineTest {

    static final int LEARNERS = 1_000;
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Inject
    BotEventHandler engine;
    @Inject
    UnifiedJedis redis;
    @Inject
    StreakRules streaks;
    @Inject
    PromptSelector selector;
    @Inject
    ReviewQueue reviews;
    @Inject
    AnswerLog answers;

    @Test
    void memoryPerLearnerWith90DaysOfHistory() {
        redis.flushAll();
        long empty = usedMemory();
        Chat chat = new Chat(engine);
        for (int i = 0; i < LEARNERS; i++) {
            chat.say("learner-" + i, "start");
        }
        for (int day = 0; day < 90; day++) {
            LocalDate date = START.plusDays(day);
            for (int i = 0; i < LEARNERS; i++) {
                UserRef user = Chat.user("learner-" + i);
                selector.today(user, List.of("focus", "curiosity", "feedback", "ai-at-work", "communication"), date);
                if (date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                    streaks.learn(user, date);
                }
                if (date.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
                    reviews.answeredWrong(user, "focus-0" + (day % 7 + 1), date);
                }
            }
        }
        long history = usedMemory();
        for (int day = 0; day < 90; day++) {
            LocalDate date = START.plusDays(day);
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int i = 0; i < LEARNERS; i++) {
                answers.append(Chat.user("learner-" + i), date, "checkin", "", "Asked a colleague how they plan their week");
            }
        }
        long withTexts = usedMemory();
        System.out.printf("BENCHMARK memory: %,d bytes per learner with 90 days of history (streak, day bitmap, "
                + "cursors, reviews, cohorts)%n", (history - empty) / LEARNERS);
        System.out.printf("BENCHMARK memory: %,d bytes per learner adding a 43-character check-in text on each of "
                + "the 64 working days%n", (withTexts - empty) / LEARNERS);
        if ((history - empty) / LEARNERS > 1024) {
            throw new AssertionError("over the 1 KB target: " + (history - empty) / LEARNERS + " bytes per learner");
        }
        System.out.println("BENCHMARK memory: keys of one learner " + redis.keys("*learner-7")
                + ", learner hash fields " + redis.hlen("curio:{" + Chat.TENANT.key() + "}:L:learner-7"));
    }

    private long usedMemory() {
        String info = redis.info("memory");
        return info.lines().filter(l -> l.startsWith("used_memory:")).map(l -> Long.parseLong(l.substring(12).trim()))
                .findFirst().orElseThrow();
    }
}
