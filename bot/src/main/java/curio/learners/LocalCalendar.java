package curio.learners;

import curio.habits.LearningDay;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** "Today" and "now" in a learner's time zone, from the injected clock. */
@Singleton
public class LocalCalendar {

    private final Clock clock;

    public LocalCalendar(Clock clock) {
        this.clock = clock;
    }

    /** The learning day now, with the 03:00 rollover. */
    public LocalDate learningDay(ZoneId zone) {
        return LearningDay.of(clock.instant(), zone);
    }

    public LocalDateTime now(ZoneId zone) {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    public Clock clock() {
        return clock;
    }
}
