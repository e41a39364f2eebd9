package curio.challenges;

import curio.chat.TenantId;
import curio.words.Texts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A learning challenge a lead posted to a team: a goal counted from the check-ins members tag
 * with the challenge ({@code tried c3: ...}), between two local dates of the team.
 *
 * Whatever its unit, a challenge counts at most one check-in per member and learning day, so a
 * 5-check-in challenge takes at least five days.
 *
 * @param unit      how the goal reads: DAYS "days with a check-in", CHECKINS "check-ins"
 * @param target    how many of the unit make the goal
 * @param finished  closed: ended (by date or by its lead) or cancelled; it counts nothing any more
 * @param cancelled closed by its lead or an admin without a summary
 */
public record Challenge(TenantId tenant, String id, String teamId, String title, String description, String goal,
                        int target, Unit unit, LocalDate start, LocalDate end, String lead,
                        Optional<String> boardMessageId, boolean finished, boolean cancelled) {

    /** What a challenge counts; its words are the bundle's {@code challengeUnit.<name>}. */
    public enum Unit {
        DAYS, CHECKINS
    }

    /** The target with its unit in {@code texts}' language: "3 days with a check-in", "3 Tage mit Check-in". */
    public String targetText(Texts texts) {
        return count(target, unit, texts);
    }

    /** A count of {@code unit} as {@code texts} write it: "1 check-in", "3 Tage mit Check-in". */
    static String count(long count, Unit unit, Texts texts) {
        return texts.get("challenge.count", count, texts.get("challengeUnit." + unit.name(), count));
    }

    /** Days from {@code today} to the last day, today included; 0 once it is over. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, end.toEpochDay() - Math.max(today.toEpochDay(), start.toEpochDay()) + 1);
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public String dates() {
        return start + " → " + end;
    }
}
