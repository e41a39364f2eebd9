package curio.leads;

import curio.chat.Profile;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may do what: workspace admins (Slack admins and owners; in Teams, the people CURIO_ADMINS
 * names) run every team; leads run the teams an admin named them for, or that they added Curio
 * to in Teams (until Curio is removed from it, which ends the team).
 */
@Singleton
public class Roles {

    private static final Logger LOG = LoggerFactory.getLogger(Roles.class);
    private final ChatAdapters adapters;
    private final TeamStore teams;

    public Roles(ChatAdapters adapters, TeamStore teams) {
        this.adapters = adapters;
        this.teams = teams;
    }

    /** What the platform says about the person; a neutral profile when it cannot say. */
    public Profile profile(UserRef user) {
        try {
            return adapters.forPlatform(user.tenant().platform()).map(a -> a.profile(user)).orElse(Profile.unknown());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the profile of {}: {}", user, e.getMessage());
            return Profile.unknown();
        }
    }

    public boolean isAdmin(UserRef user) {
        try {
            return adapters.forPlatform(user.tenant().platform()).map(a -> a.profile(user).admin()).orElse(false);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the profile of {}: {}", user, e.getMessage());
            return false;
        }
    }

    public boolean runs(UserRef user, Team team) {
        return team.leads().contains(user.userId()) || isAdmin(user);
    }

    /** The teams this person may run: every team for an admin, else the teams they lead. */
    public List<Team> teamsRunBy(UserRef user) {
        boolean admin = isAdmin(user);
        return teams.all(user.tenant()).stream().filter(t -> admin || t.leads().contains(user.userId())).toList();
    }
}
