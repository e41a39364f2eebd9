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
        answers.append(user, day, "checkin", "", text);
        return streaks.learn(user, day);
    }

    /** A reflection or "how it went" written for a prompt. */
    public Streak answer(UserRef user, LocalDate day, String promptId, String text) {
        answers.append(user, day, "reflect", promptId, text);
        return streaks.learn(user, day);
    }

    /** A prompt answered without text: a tip read, a quiz answered, a try done. */
    public Streak learned(UserRef user, LocalDate day) {
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
