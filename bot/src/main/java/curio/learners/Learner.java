package curio.learners;

import curio.chat.ConversationRef;
import curio.chat.UserRef;
import curio.schedule.LearnerSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's preferences and state, as kept in their Redis hash.
 *
 * @param pausedUntil the last paused day (inclusive) while {@code status} is PAUSED; empty = until resumed
 * @param conversation where proactive messages go (the personal chat), empty until known
 * @param language the language Curio speaks to the learner (one of {@code Texts.LANGUAGES})
 */
public record Learner(UserRef user, Status status, String name, ZoneId zone, LocalTime promptAt,
                      LocalTime checkinAt, Set<DayOfWeek> workingDays, List<String> topics, boolean sharing,
                      String goal, String goalQuarter, Optional<LocalDate> pausedUntil, Optional<ConversationRef> conversation,
                      int ignoredDays, Locale language) {

    public static final int NEW_QUARTER_DAYS = 14;
    public static final LocalTime DEFAULT_PROMPT = LocalTime.of(9, 30);
    public static final LocalTime DEFAULT_CHECKIN = LocalTime.of(16, 30);
    public static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    public enum Status { ACTIVE, PAUSED, STOPPED }

    public Learner {
        workingDays = Set.copyOf(workingDays);
        topics = List.copyOf(topics);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** Whether Curio should message this learner on {@code day}: enrolled, not paused, a working day. */
    public boolean dueOn(LocalDate day) {
        return status == Status.ACTIVE && workingDays.contains(day.getDayOfWeek());
    }

    /** The quarter a day falls in, as goals are kept: {@code 2026-Q1}. */
    public static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Whether {@code day} is in the first {@value #NEW_QUARTER_DAYS} days of its quarter, while
     * "a new quarter starts" is still news (1 to 14 January, April, July and October).
     */
    public static boolean quarterJustStarted(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return day.isBefore(start.plusDays(NEW_QUARTER_DAYS));
    }

    /** The learner's goal, if it was set for the quarter of {@code day}. */
    public Optional<String> goalFor(LocalDate day) {
        return goal.isEmpty() || !goalQuarter.equals(quarter(day)) ? Optional.empty() : Optional.of(goal);
    }

    public LearnerSchedule schedule() {
        return new LearnerSchedule(zone, promptAt, checkinAt, workingDays);
    }
}
