package curio.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * When the day's one reminder goes out: 90 minutes before the check-in, but never before the
 * prompt; when prompt and check-in are less than three hours apart, halfway between them
 * (so a 09:30 prompt and a 10:30 check-in nudge at 10:00). A check-in that is not after the
 * prompt gets no nudge. The result is always inside the learner's day, between their two messages.
 */
public final class NudgeTime {

    static final Duration BEFORE_CHECKIN = Duration.ofMinutes(90);

    private NudgeTime() {
    }

    public static Optional<LocalTime> of(LocalTime prompt, LocalTime checkin) {
        if (!checkin.isAfter(prompt)) {
            return Optional.empty();
        }
        long gapMinutes = Duration.between(prompt, checkin).toMinutes();
        LocalTime early = checkin.minus(BEFORE_CHECKIN);
        LocalTime halfway = prompt.plusMinutes(gapMinutes / 2);
        LocalTime nudge = gapMinutes >= 2 * BEFORE_CHECKIN.toMinutes() ? early : halfway;
        if (!nudge.isAfter(prompt) || !nudge.isBefore(checkin)) {
            return Optional.empty();
        }
        return Optional.of(nudge.withSecond(0).withNano(0));
    }
}
