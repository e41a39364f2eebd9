package curio.dashboard;

import curio.chat.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * What a sign-in link grants and a session holds: one person of one workspace, as an admin (every
 * team) or as a lead of {@code teams}.
 */
public record Access(TenantId tenant, String userId, Role role, List<String> teams) {

    public enum Role { ADMIN, LEAD }

    public Access {
        teams = List.copyOf(teams);
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    /**
     * The figures this person may see for a request naming {@code team} (or none): the whole workspace or
     * any team for an admin; for a lead, their teams together or one of them. Empty: refused.
     */
    public Optional<Scope> scope(Optional<String> team) {
        if (team.isPresent()) {
            return admin() || teams.contains(team.get())
                    ? Optional.of(new Scope(tenant, Optional.of(List.of(team.get())))) : Optional.empty();
        }
        return Optional.of(new Scope(tenant, admin() ? Optional.empty() : Optional.of(teams)));
    }

    /** A slice of a workspace: every learner when {@code teams} is empty, else the members of those teams. */
    public record Scope(TenantId tenant, Optional<List<String>> teams) {
        public boolean wholeWorkspace() {
            return teams.isEmpty();
        }
    }
}
