package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEventHandler;
import curio.delivery.Delivery;
import curio.delivery.Delivery.Kind;
import curio.delivery.DeliveryComposer.Outgoing;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledMessagesTest implements EngineTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Inject
    BotEventHandler engine;
    @Inject
    ScheduledMessages composer;
    @Inject
    LearnerStore learners;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    Chat chat;

    @BeforeEach
    void enrolled() {
        redis.flushAll();
        clock.set(TestClockFactory.START);
        chat = new Chat(engine);
        chat.say("rae", "start");
    }

    private Optional<Outgoing> due(Kind kind, LocalDate day) {
        return composer.compose(new Delivery(Chat.user("rae"), kind, day));
    }

    @Test
    void thePromptGoesToTheLearnersPersonalChatOnAWorkingDay() {
        Outgoing prompt = due(Kind.PROMPT, MONDAY.plusDays(1)).orElseThrow();
        assertEquals(Chat.dm("rae"), prompt.to());
        assertTrue(Chat.text(prompt.message()).contains("Good morning, rae!"), Chat.text(prompt.message()));
    }

    @Test
    void nothingIsSentOnAWeekendOrWhilePausedOrStopped() {
        assertEquals(Optional.empty(), due(Kind.PROMPT, MONDAY.plusDays(5)), "Saturday");
        chat.say("rae", "pause for 3 days");
        assertEquals(Optional.empty(), due(Kind.PROMPT, MONDAY.plusDays(1)));
        assertEquals(Optional.empty(), due(Kind.CHECKIN, MONDAY.plusDays(2)));
        assertTrue(due(Kind.PROMPT, MONDAY.plusDays(3)).isPresent(), "the pause ended Wednesday: back on Thursday");
        assertEquals(Learner.Status.ACTIVE, learners.find(Chat.user("rae")).orElseThrow().status());
        chat.say("rae", "stop");
        assertEquals(Optional.empty(), due(Kind.PROMPT, MONDAY.plusDays(4)));
    }

    @Test
    void theCheckInAsksWhatTheLearnerTried() {
        assertTrue(Chat.text(due(Kind.CHECKIN, MONDAY).orElseThrow().message()).contains("What did you try today, rae?"));
    }

    @Test
    void oneNudgeOnlyWhenNothingWasLearnedAndNeverAfterTheCheckInTime() {
        clock.set(Instant.parse("2026-03-02T15:00:00Z"));
        assertTrue(Chat.text(due(Kind.NUDGE, MONDAY).orElseThrow().message()).contains("Two minutes"));
        clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        assertEquals(Optional.empty(), due(Kind.NUDGE, MONDAY), "after the 16:30 check-in: no 'streak at risk'");
        clock.set(Instant.parse("2026-03-02T15:00:00Z"));
        chat.say("rae", "tried something small");
        assertEquals(Optional.empty(), due(Kind.NUDGE, MONDAY), "already learned today");
    }

    @Test
    void afterFiveIgnoredWorkingDaysCuriopausesAndAsksWhetherToContinue() {
        for (int d = 1; d <= 5; d++) {
            LocalDate day = MONDAY.plusDays(d + (d > 4 ? 2 : 0));
            assertTrue(due(Kind.PROMPT, day).isPresent());
            assertTrue(due(Kind.CHECKIN, day).isPresent());
        }
        Outgoing ask = due(Kind.PROMPT, MONDAY.plusDays(8)).orElseThrow();
        assertTrue(Chat.text(ask.message()).contains("shall I keep going?"), Chat.text(ask.message()));
        assertEquals(Learner.Status.PAUSED, learners.find(Chat.user("rae")).orElseThrow().status());
        assertEquals(Optional.empty(), due(Kind.CHECKIN, MONDAY.plusDays(8)));
        assertTrue(chat.click("rae", "inactive.continue", "yes").text().contains("Welcome back"));
        assertTrue(due(Kind.PROMPT, MONDAY.plusDays(9)).isPresent());
    }

    @Test
    void aRetriedDeliveryNeitherCountsTwiceNorLosesTheQuestion() {
        for (int d = 1; d <= 5; d++) {
            LocalDate day = MONDAY.plusDays(d + (d > 4 ? 2 : 0));
            due(Kind.CHECKIN, day);
            due(Kind.CHECKIN, day);
            due(Kind.CHECKIN, day);
        }
        assertEquals(5, learners.find(Chat.user("rae")).orElseThrow().ignoredDays(), "retries count a day once");
        assertTrue(Chat.text(due(Kind.PROMPT, MONDAY.plusDays(8)).orElseThrow().message()).contains("keep going?"));
        assertTrue(Chat.text(due(Kind.PROMPT, MONDAY.plusDays(8)).orElseThrow().message()).contains("keep going?"),
                "a retry of the same delivery still asks");
    }

    @Test
    void learningAgainAfterCurioPausedItselfTurnsPromptsBackOn() {
        for (int d = 1; d <= 5; d++) {
            due(Kind.CHECKIN, MONDAY.plusDays(d + (d > 4 ? 2 : 0)));
        }
        due(Kind.PROMPT, MONDAY.plusDays(8));
        assertTrue(chat.say("rae", "tried reading a postmortem").text().contains("Welcome back"));
        assertEquals(Learner.Status.ACTIVE, learners.find(Chat.user("rae")).orElseThrow().status());
    }

    @Test
    void talkingToCurioIsNotIgnoringIt() {
        for (int d = 1; d <= 6; d++) {
            LocalDate day = MONDAY.plusDays(d + (d > 4 ? 2 : 0));
            clock.set(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
            chat.say("rae", "streak");
            due(Kind.CHECKIN, day);
        }
        clock.set(MONDAY.plusDays(9).atTime(9, 30).toInstant(java.time.ZoneOffset.UTC));
        assertTrue(Chat.text(due(Kind.PROMPT, MONDAY.plusDays(9)).orElseThrow().message()).contains("Good morning"));
    }

    @Test
    void anUnreachableLearnerIsStoppedInsteadOfRetriedForever() {
        composer.unreachable(new Delivery(Chat.user("rae"), Kind.PROMPT, MONDAY), "account_inactive");
        assertEquals(Learner.Status.STOPPED, learners.find(Chat.user("rae")).orElseThrow().status());
        assertEquals(Optional.empty(), due(Kind.PROMPT, MONDAY.plusDays(1)));
    }
}
