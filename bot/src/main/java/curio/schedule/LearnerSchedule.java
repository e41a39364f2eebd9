package curio.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** When a learner wants to hear from Curio: local prompt and check-in times on working days. */
public record LearnerSchedule(ZoneId zone, LocalTime promptTime, LocalTime checkinTime, Set<DayOfWeek> workingDays) {

    public LearnerSchedule {
        workingDays = Set.copyOf(workingDays);
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day");
        }
    }
}
