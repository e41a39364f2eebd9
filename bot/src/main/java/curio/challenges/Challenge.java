package curio.challenges;

import curio.chat.TenantId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A learning challenge a lead posted to a team: a goal counted from the check-ins members tag
 * with the challenge ({@code tried c3: ...}), between two local dates of the team.
 *
 * @param unit   DAYS counts distinct days with a tagged check-in; CHECKINS counts every tagged check-in
 * @param target how many of the unit make the goal
 */
public record Challenge(TenantId tenant, String id, String teamId, String title, String description, String goal,
                        int target, Unit unit, LocalDate start, LocalDate end, String lead,
                        Optional<String> boardMessageId, boolean finished) {

    public enum Unit {
        DAYS("days with a check-in"), CHECKINS("check-ins");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public String dates() {
        return start + " → " + end;
    }
}
