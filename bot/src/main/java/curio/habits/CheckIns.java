package curio.habits;

import curio.chat.UserRef;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/** Records what counts as learning (an answered prompt, a check-in) and the streak it makes. */
@Singleton
public class CheckIns {

    private final StreakRules streaks;
    private final AnswerLog answers;

    public CheckIns(StreakRules streaks, AnswerLog answers) {
        this.streaks = streaks;
        this.answers = answers;
    }

    /** "What did you try today?" answered. */
    public Streak checkIn(UserRef user, LocalDate day, String text) {
        answers.append(user, day, AnswerLog.CHECK_IN, "", text);
        return streaks.learn(user, day);
    }

    /** A reflection or "how it went" written for a prompt. */
    public Streak answer(UserRef user, LocalDate day, String promptId, String text) {
        answers.append(user, day, AnswerLog.REFLECTION, promptId, text);
        return streaks.learn(user, day);
    }

    /** A prompt done without words: a tip read, a try done. */
    public Streak done(UserRef user, LocalDate day, String promptId) {
        answers.append(user, day, AnswerLog.DONE, promptId, "");
        return streaks.learn(user, day);
    }

    /** A quiz answered, right or wrong. */
    public Streak quizAnswered(UserRef user, LocalDate day, String promptId, boolean right) {
        answers.append(user, day, AnswerLog.QUIZ, promptId, right ? AnswerLog.RIGHT : AnswerLog.WRONG);
        return streaks.learn(user, day);
    }

    /** A few words on the streak for a reply: count, milestone, freeze news. */
    public static String describe(Streak streak) {
        StringBuilder out = new StringBuilder();
        if (streak.milestone() > 0) {
            out.append("🎉 *").append(streak.milestone()).append("-day streak!* That's a habit forming. ");
        } else {
            out.append("🔥 Streak: *").append(streak.current()).append(streak.current() == 1 ? " day*" : " days*");
        }
        if (streak.freezesUsed() > 0) {
            out.append(" (a streak freeze covered ").append(streak.freezesUsed() == 1 ? "a missed day" :
                    streak.freezesUsed() + " missed days").append(")");
        }
        if (streak.freezeEarned()) {
            out.append("\n❄️ You earned a streak freeze: it covers a missed working day.");
        }
        return out.toString().trim();
    }
}
