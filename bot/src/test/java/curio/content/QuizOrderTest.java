package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.support.Chat;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The order of a quiz's choices: each learner's own for the day, and the same at every showing. */
class QuizOrderTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final Prompt quiz = new Prompt("focus-07", "focus", Prompt.Kind.QUIZ, "Important but not urgent", "?",
            List.of("Do it now", "Schedule it", "Delegate it", "Drop it"), 1, "Schedule it.");

    @Test
    void theSameLearnerDayAndQuizAlwaysGiveTheSameOrder() {
        assertEquals(QuizOrder.of(quiz, Chat.user("kim"), MONDAY), QuizOrder.of(quiz, Chat.user("kim"), MONDAY));
    }

    @Test
    void theOrderShowsEveryChoiceOnce() {
        List<Integer> order = QuizOrder.of(quiz, Chat.user("kim"), MONDAY).choices();
        assertEquals(List.of(0, 1, 2, 3), order.stream().sorted().toList());
    }

    @Test
    void learnersAndDaysGetDifferentOrdersSoTheRightAnswersPlaceSaysNothing() {
        Set<Integer> placesOfTheAnswer = new HashSet<>();
        Set<List<Integer>> orders = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            QuizOrder order = QuizOrder.of(quiz, Chat.user("learner-" + i), MONDAY);
            orders.add(order.choices());
            placesOfTheAnswer.add(order.choices().indexOf(quiz.answer()));
        }
        assertEquals(Set.of(0, 1, 2, 3), placesOfTheAnswer);
        assertTrue(orders.size() > 10, orders.size() + " orders among 40 learners");
        assertTrue(IntStream.range(1, 10).anyMatch(d -> !QuizOrder.of(quiz, Chat.user("kim"), MONDAY.plusDays(d))
                .equals(QuizOrder.of(quiz, Chat.user("kim"), MONDAY))), "another day, another order");
    }

    @Test
    void aChoiceIsNamedByItsShownLetterOrNumber() {
        QuizOrder order = new QuizOrder(List.of(2, 0, 3, 1));

        assertEquals(Optional.of(2), order.named("a"));
        assertEquals(Optional.of(0), order.named("B"));
        assertEquals(Optional.of(3), order.named(" c) "));
        assertEquals(Optional.of(1), order.named("4"));
        assertEquals(Optional.of(1), order.named("(d)"));
        assertEquals(Optional.empty(), order.named("e"), "only four choices");
        assertEquals(Optional.empty(), order.named("0"));
        assertEquals(Optional.empty(), order.named("a thought"), "words are not a letter");
    }

    @Test
    void aLabelIsTheLetterThenTheChoice() {
        assertEquals("C. Delegate it", QuizOrder.label(2, "Delegate it"));
        assertNotEquals(QuizOrder.label(0, "x"), QuizOrder.label(1, "x"));
    }
}
