package curio.journeys;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The time zone the journeys' template learners live in, and the chat that puts a template's prompt
 * at a given minute. Curio refuses a prompt at or after the check-in (16:30 by default) and any time
 * before the 03:00 day rollover, so a journey run in the evening or at night would have its
 * {@code time prompt} refused and wait for a cohort that never fires. The template therefore moves
 * its check-in to 23:59 first, and lives in Europe/Berlin (the recorded users.info's tz) unless
 * Berlin's clock is between 22:00 and 04:00, when it moves to Los Angeles, where it is afternoon.
 */
final class LearnersZone {

    static final ZoneId RECORDED = ZoneId.of("Europe/Berlin");
    static final ZoneId ZONE = daytime(ZonedDateTime.now(RECORDED).toLocalTime());
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private LearnersZone() {
    }

    static ZoneId daytime(LocalTime inBerlin) {
        boolean night = !inBerlin.isBefore(LocalTime.of(22, 0)) || inBerlin.isBefore(LocalTime.of(4, 0));
        return night ? ZoneId.of("America/Los_Angeles") : RECORDED;
    }

    /** Now in the learners' zone. */
    static ZonedDateTime now() {
        return ZonedDateTime.now(ZONE);
    }

    /** {@code user} (already started) moves to {@link #ZONE}, its check-in to 23:59 and its prompt to {@code at}. */
    static void promptAt(SlackWorkspace workspace, String user, ZonedDateTime at) {
        if (!ZONE.equals(RECORDED)) {
            workspace.say(user, "timezone " + ZONE.getId(), "");
        }
        workspace.say(user, "time checkin 23:59", "");
        workspace.say(user, "time prompt " + at.withZoneSameInstant(ZONE).format(HH_MM), "");
    }
}
