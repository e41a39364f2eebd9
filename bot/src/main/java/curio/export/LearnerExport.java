package curio.export;

import curio.habits.Streak;
import curio.learners.Learner;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything Curio holds about one learner, in readable values: what {@code export} sends as a
 * Markdown summary ({@link ExportSummary}) and as JSON ({@link ExportJson}). Nothing here is a Redis
 * field name; dates are learning days in the learner's time zone.
 *
 * @param exportedAt     when the export was made, in the learner's time zone
 * @param checkIns       "what did you try" answers, newest first
 * @param promptAnswers  words written for a prompt (reflections, how a try went), newest first
 * @param promptsDone    tips read and tries done, without words, newest first
 */
public record LearnerExport(Learner learner, ZonedDateTime exportedAt, Streak streak, List<LocalDate> learningDays,
                            List<Written> checkIns, List<Written> promptAnswers, List<Written> promptsDone,
                            List<QuizAnswer> quizAnswers, List<QuizReview> quizReviews,
                            List<ChallengeProgress> challenges, List<String> teams) {

    /** Words a learner wrote on a day; {@code prompt} is the prompt's title, empty for a check-in. */
    public record Written(LocalDate day, String prompt, String text) {
    }

    public record QuizAnswer(LocalDate day, String question, boolean right) {
    }

    /** A quiz answered wrong that comes back on {@code due}; {@code box} 1 to 4 is its Leitner box. */
    public record QuizReview(String question, LocalDate due, int box) {
    }

    public record ChallengeProgress(String id, String title, int done, int target, String unit) {
    }
}
