package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.BotEventHandler;
import curio.chat.Message;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.ReviewQueue;
import curio.content.Track;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptAnswersTest implements EngineTest {

    @Inject
    BotEventHandler engine;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    PromptLibrary library;
    @Inject
    ReviewQueue reviews;
    Chat chat;
    Chat.Turn welcome;

    @BeforeEach
    void fresh() {
        redis.flushAll();
        clock.set(TestClockFactory.START);
        chat = new Chat(engine);
        welcome = chat.say("kim", "start");
    }

    private Prompt firstQuiz() {
        return library.tracks().stream().map(Track::prompts).flatMap(List::stream)
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
    }

    @Test
    void gotItCountsTheDayAndUpdatesThePromptSoItCannotBeAnsweredTwice() {
        Message today = welcome.last();
        Block.Buttons buttons = (Block.Buttons) today.blocks().stream().filter(b -> b instanceof Block.Buttons)
                .findFirst().orElseThrow();
        Block.Button first = buttons.buttons().get(0);
        Chat.Turn click = chat.click("kim", first.actionId(), first.value());
        assertEquals(1, click.updates.size());
        Message updated = click.updates.get(0);
        assertTrue(updated.blocks().stream().noneMatch(b -> b instanceof Block.Buttons || b instanceof Block.Choice),
                "the answered prompt has nothing left to click");
        assertTrue(Chat.text(updated).contains("Streak: *1 day*"), Chat.text(updated));
        assertTrue(chat.say("kim", "today").text().contains("Done for today"));
    }

    @Test
    void aWrongQuizAnswerExplainsAndComesBackByLeitnerBoxes() {
        Prompt quiz = firstQuiz();
        int wrong = (quiz.answer() + 1) % quiz.choices().size();
        Chat.Turn turn = chat.click("kim", "prompt.quiz", quiz.id() + ":" + wrong);
        assertTrue(turn.text().contains("Not quite") && turn.text().contains(quiz.explanation()), turn.text());
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertEquals(Optional.of(monday.plusDays(1)), reviews.dueDay(Chat.user("kim"), quiz.id()));

        clock.advance(Duration.ofDays(1));
        assertTrue(chat.say("kim", "today").text().contains(quiz.title()), "tomorrow brings the quiz back");
        chat.click("kim", "prompt.quiz", quiz.id() + ":" + quiz.answer());
        assertEquals(Optional.of(monday.plusDays(4)), reviews.dueDay(Chat.user("kim"), quiz.id()), "box 2: 3 days");
        reviews.answeredRight(Chat.user("kim"), quiz.id(), monday.plusDays(4));
        assertEquals(Optional.of(monday.plusDays(11)), reviews.dueDay(Chat.user("kim"), quiz.id()), "box 3: 7 days");
        reviews.answeredRight(Chat.user("kim"), quiz.id(), monday.plusDays(11));
        assertEquals(Optional.of(monday.plusDays(25)), reviews.dueDay(Chat.user("kim"), quiz.id()), "box 4: 14 days");
        reviews.answeredRight(Chat.user("kim"), quiz.id(), monday.plusDays(25));
        assertEquals(Optional.empty(), reviews.dueDay(Chat.user("kim"), quiz.id()), "learned: out of the queue");
    }

    @Test
    void todaysQuizIsAnsweredOnceTheFirstAnswerCounts(curio.content.PromptSelector selector) {
        Prompt quiz = firstQuiz();
        redis.hset("curio:{" + Chat.TENANT.key() + "}:L:kim", java.util.Map.of("td", Long.toString(LocalDate.of(2026, 3, 2)
                .toEpochDay()), "tid", quiz.id(), "tdone", "0"));
        int wrong = (quiz.answer() + 1) % quiz.choices().size();
        chat.click("kim", "prompt.quiz", quiz.id() + ":" + wrong);
        assertTrue(chat.click("kim", "prompt.quiz", quiz.id() + ":" + quiz.answer()).text().contains("first answer counts"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), reviews.dueDay(Chat.user("kim"), quiz.id()),
                "the wrong answer still brings it back tomorrow");
    }

    @Test
    void anUnknownFormSaysSo() {
        assertTrue(chat.submit("kim", "no.such.form", "", "").text().contains("That form is no longer active"));
    }

    @Test
    void aRightQuizAnswerIsNotQueued() {
        Prompt quiz = firstQuiz();
        Chat.Turn turn = chat.click("kim", "prompt.quiz", quiz.id() + ":" + quiz.answer());
        assertTrue(turn.text().contains("✅ Right"));
        assertEquals(Optional.empty(), reviews.dueDay(Chat.user("kim"), quiz.id()));
    }

    @Test
    void aBrokenClickGetsAClearMessage() {
        assertTrue(chat.click("kim", "prompt.quiz", firstQuiz().id() + ":99").text().contains("couldn't read that choice"));
        assertTrue(chat.click("kim", "prompt.got", "no-such-prompt").text().contains("no longer in the library"));
        assertTrue(chat.click("kim", "prompt.nonsense", firstQuiz().id()).text().contains("no longer active"));
        assertTrue(chat.click("stranger", "prompt.got", firstQuiz().id()).text().contains("not signed up"));
    }

    @Test
    void aReflectionIsAnsweredInAFormAndStored() {
        Prompt reflect = library.tracks().stream().map(Track::prompts).flatMap(List::stream)
                .filter(p -> p.kind() == Prompt.Kind.REFLECT).findFirst().orElseThrow();
        Chat.Turn open = chat.click("kim", "prompt.answer", reflect.id());
        assertEquals(1, open.forms.size());
        assertEquals(reflect.id(), open.forms.get(0).context());
        Chat.Turn saved = chat.submit("kim", "reflect", reflect.id(), "I'd ask what they already tried");
        assertTrue(saved.text().contains("Streak: *1 day*"), saved.text());
        assertTrue(chat.say("kim", "export").file(".json").contains("I'd ask what they already tried"));
        assertTrue(chat.submit("kim", "reflect", reflect.id(), "   ").text().contains("empty"));
    }

    @Test
    void theCheckInButtonOpensAFormWhoseAnswerIsACheckIn() {
        Chat.Turn open = chat.click("kim", "checkin.open", "");
        assertEquals("checkin", open.forms.get(0).callbackId());
        assertTrue(chat.submit("kim", "checkin", "", "Timeboxed my inbox to 20 minutes").text().contains("Checked in"));
    }
}
