package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.Message;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.ReviewQueue;
import curio.learners.LearnerStore;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A quiz's choices come shuffled, lettered, in an order of the learner's own for the day: every
 * showing that day has the same order, and a click or {@code answer B} is read against it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuizChoicesTest extends LearnerDayTestBase {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Inject
    PromptLibrary library;
    @Inject
    ReviewQueue reviews;
    @Inject
    PromptOfTheDay prompts;
    @Inject
    LearnerStore learners;

    private Prompt quiz() {
        return library.track("focus").orElseThrow().prompts().stream()
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
    }

    /** The learner starts on Monday with the quiz due for review, so Monday's prompt is the quiz. */
    private Block.Choice startWithTheQuiz(String user) {
        reviews.answeredWrong(Chat.user(user), quiz().id(), MONDAY.minusDays(1));
        Chat.Turn welcome = at("2026-03-02T10:00:00Z", user, "start");
        return choice(welcome.last());
    }

    private static Block.Choice choice(Message message) {
        return message.blocks().stream().filter(b -> b instanceof Block.Choice).map(b -> (Block.Choice) b)
                .findFirst().orElseThrow(() -> new AssertionError("no quiz in: " + Chat.text(message)));
    }

    /** The letter the right answer is shown under. */
    private String rightLetter(Block.Choice shown) {
        Prompt quiz = quiz();
        for (int i = 0; i < shown.options().size(); i++) {
            if (shown.options().get(i).value().equals(quiz.id() + ":" + quiz.answer())) {
                return String.valueOf((char) ('A' + i));
            }
        }
        throw new AssertionError("the right answer is not among " + shown.options());
    }

    @Test
    void everyShowingOfTheDaysQuizHasTheSameLetteredOrder() {
        Block.Choice welcome = startWithTheQuiz("kim");
        Message again = prompts.live(learners.find(Chat.user("kim")).orElseThrow(), MONDAY).orElseThrow();

        assertEquals(welcome.options(), choice(again).options());
        assertTrue(welcome.options().get(0).label().startsWith("A. "), welcome.options().toString());
        assertTrue(welcome.options().get(1).label().startsWith("B. "), welcome.options().toString());
    }

    @Test
    void learnersSeeTheRightAnswerInDifferentPlaces() {
        Set<String> letters = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            letters.add(rightLetter(startWithTheQuiz("learner-" + i)));
        }
        assertTrue(letters.size() > 1, "the right answer was always " + letters);
    }

    @Test
    void clickingTheShownRightAnswerIsRightWhateverItsPlace() {
        Block.Choice shown = startWithTheQuiz("kim");
        Block.Option right = shown.options().get(rightLetter(shown).charAt(0) - 'A');

        Chat.Turn click = chat.click("kim", ActionIds.QUIZ, right.value());

        assertTrue(click.text().contains("✅ Right: *" + quiz().choices().get(quiz().answer()) + "*"), click.text());
    }

    @Test
    void answeringWithTheLetterOfTheRightAnswerIsRight() {
        Block.Choice shown = startWithTheQuiz("kim");

        Chat.Turn answer = at("2026-03-02T11:00:00Z", "kim", "answer " + rightLetter(shown).toLowerCase());

        assertTrue(answer.text().contains("✅ Right"), answer.text());
        assertTrue(answer.text().contains(quiz().explanation()), "the explanation follows: " + answer.text());
        assertEquals(Optional.of(MONDAY.plusDays(3)), reviews.dueDay(Chat.user("kim"), quiz().id()), "box 2");
        assertTrue(at("2026-03-02T11:01:00Z", "kim", "answer " + rightLetter(shown)).text()
                .contains("first answer counts"));
    }

    @Test
    void answeringWithTheNumberOfAWrongChoiceExplainsAndBringsItBack() {
        Block.Choice shown = startWithTheQuiz("kim");
        int wrong = rightLetter(shown).charAt(0) - 'A' == 0 ? 2 : 1;

        Chat.Turn answer = at("2026-03-02T11:00:00Z", "kim", "answer " + wrong);

        String picked = shown.options().get(wrong - 1).label().substring(3);
        assertTrue(answer.text().contains("❌ Not quite: you picked " + picked), answer.text());
        assertEquals(Optional.of(MONDAY.plusDays(1)), reviews.dueDay(Chat.user("kim"), quiz().id()));
    }

    @Test
    void anAnswerThatNamesNoChoiceSaysHowToAnswerAQuiz() {
        startWithTheQuiz("kim");

        String answer = say("2026-03-02T11:00:00Z", "kim", "answer I would schedule it");

        assertTrue(answer.contains("`answer B`"), answer);
        assertNotEquals(Optional.of(MONDAY.plusDays(3)), reviews.dueDay(Chat.user("kim"), quiz().id()));
    }

    @Test
    void theReminderOfAShownQuizSaysHowToAnswerByLetter() {
        startWithTheQuiz("kim");

        String today = say("2026-03-02T11:00:00Z", "kim", "today");

        assertTrue(today.contains("`answer B`"), today);
    }
}
