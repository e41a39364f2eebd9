package curio.habits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The local date a moment counts for. A learning day rolls over at 03:00 local wall-clock time,
 * so a check-in at 01:30 after a late evening still counts for the evening's day.
 */
public final class LearningDay {

    public static final int ROLLOVER_HOUR = 3;

    private LearningDay() {
    }

    public static LocalDate of(Instant moment, ZoneId zone) {
        return LocalDateTime.ofInstant(moment, zone).minusHours(ROLLOVER_HOUR).toLocalDate();
    }
}
