package curio.habits;

import curio.chat.UserRef;
import curio.metrics.CurioMetrics;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/** Records what counts as learning (an answered prompt, a check-in) and the streak it makes. */
@Singleton
public class CheckIns {

    private final StreakRules streaks;
    private final AnswerLog answers;
    private final CurioMetrics metrics;

    public CheckIns(StreakRules streaks, AnswerLog answers, CurioMetrics metrics) {
        this.streaks = streaks;
        this.answers = answers;
        this.metrics = metrics;
    }

    /** "What did you try today?" answered (in the check-in form; {@code tried} is counted on arrival). */
    public Streak checkIn(UserRef user, LocalDate day, String text) {
        answers.append(user, day, AnswerLog.CHECK_IN, "", text);
        Streak streak = streaks.learn(user, day);
        metrics.checkedIn(user.tenant().platform(), !streak.alreadyToday());
        return streak;
    }

    /** A reflection or "how it went" written for a prompt. */
    public Streak answer(UserRef user, LocalDate day, String promptId, String text) {
        answers.append(user, day, AnswerLog.REFLECTION, promptId, text);
        return learned(user, day);
    }

    /** A prompt done without words: a tip read, a try done. */
    public Streak done(UserRef user, LocalDate day, String promptId) {
        answers.append(user, day, AnswerLog.DONE, promptId, "");
        return learned(user, day);
    }

    /** A quiz answered, right or wrong. */
    public Streak quizAnswered(UserRef user, LocalDate day, String promptId, boolean right) {
        answers.append(user, day, AnswerLog.QUIZ, promptId, right ? AnswerLog.RIGHT : AnswerLog.WRONG);
        return learned(user, day);
    }

    /** A prompt answered: the streak's day counted, and the answer counted for the metrics. */
    private Streak learned(UserRef user, LocalDate day) {
        Streak streak = streaks.learn(user, day);
        metrics.answered(user.tenant().platform(), !streak.alreadyToday());
        return streak;
    }

    /** A few words on the streak for a reply, in the learner's language: count, milestone, freeze news. */
    public static String describe(Texts texts, Streak streak) {
        String out = streak.milestone() > 0 ? texts.get("streak.milestone", streak.milestone())
                : texts.get("streak.count", streak.current());
        if (streak.freezesUsed() > 0) {
            out += texts.get("streak.freezesUsed", streak.freezesUsed());
        }
        if (streak.freezeEarned()) {
            out += "\n" + texts.get("streak.freezeEarned");
        }
        return out.trim();
    }
}
