package curio.content;

import curio.content.ContentPackException.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Quizzes that give their answer away: when the right choice is the longest in most of a track's
 * quizzes, learners learn to pick the longest. A pack with at least {@value #MIN_QUIZZES} quizzes may
 * have its right answer as the longest choice (ties included) in at most half of them.
 */
public final class AnswerLengths {

    static final int MIN_QUIZZES = 3;

    private AnswerLengths() {
    }

    /** Whether no wrong choice is longer than the right one. */
    public static boolean rightIsLongest(Prompt quiz) {
        int right = quiz.choices().get(quiz.answer()).length();
        return IntStream.range(0, quiz.choices().size())
                .allMatch(i -> i == quiz.answer() || quiz.choices().get(i).length() <= right);
    }

    /** Notes a problem when the pack's right answers are mostly its longest choices. */
    static void check(String file, List<Prompt> prompts, Map<String, Integer> lines, List<Problem> problems) {
        List<Integer> quizzes = IntStream.range(0, prompts.size())
                .filter(i -> prompts.get(i).kind() == Prompt.Kind.QUIZ).boxed().toList();
        List<Integer> longest = quizzes.stream().filter(i -> rightIsLongest(prompts.get(i))).toList();
        if (quizzes.size() < MIN_QUIZZES || longest.size() * 2 <= quizzes.size()) {
            return;
        }
        int first = longest.get(0);
        problems.add(new Problem(file, lines.get(prompts.get(first).id()), "prompts[" + first + "]",
                "the right answer is the longest choice in " + longest.size() + " of this pack's " + quizzes.size()
                        + " quizzes (" + String.join(", ", longest.stream().map(i -> "prompts[" + i + "]").toList())
                        + "), so learners can guess it by its length; make a wrong choice at least as long in "
                        + (longest.size() - quizzes.size() / 2) + " of them"));
    }
}
