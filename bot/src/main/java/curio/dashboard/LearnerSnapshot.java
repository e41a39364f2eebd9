package curio.dashboard;

import curio.habits.AnswerLog;
import curio.learners.Learner;
import java.time.LocalDate;
import java.util.List;

/**
 * One enrolled learner as the dashboard reads them: settings, the day they enrolled, learning days
 * (oldest first), answer log (newest first), their current streak and their own learning day today.
 */
record LearnerSnapshot(Learner learner, LocalDate enrolled, List<LocalDate> days, List<AnswerLog.Entry> answers,
                       int streak, LocalDate today) {

    /** Whether they learned on a day in the {@code window} days up to and including their today. */
    boolean activeWithin(int window) {
        LocalDate first = today.minusDays(window - 1L);
        return days.stream().anyMatch(day -> !day.isBefore(first) && !day.isAfter(today));
    }
}
