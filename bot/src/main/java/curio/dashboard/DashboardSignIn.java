package curio.dashboard;

import curio.chat.Message;
import curio.chat.UserRef;
import curio.leads.Roles;
import curio.leads.Team;
import curio.leads.TeamStore;
import jakarta.inject.Singleton;
import java.util.List;

/** {@code admin dashboard}: a sign-in link for an admin (the whole workspace) or a lead (their teams). */
@Singleton
public class DashboardSignIn {

    private final Roles roles;
    private final TeamStore teams;
    private final SignInLinks links;

    public DashboardSignIn(Roles roles, TeamStore teams, SignInLinks links) {
        this.roles = roles;
        this.teams = teams;
        this.links = links;
    }

    public Message linkFor(UserRef user) {
        Access access;
        if (roles.isAdmin(user)) {
            access = new Access(user.tenant(), user.userId(), Access.Role.ADMIN, List.of());
        } else {
            List<String> led = teams.all(user.tenant()).stream()
                    .filter(team -> team.leads().contains(user.userId())).map(Team::id).toList();
            if (led.isEmpty()) {
                return Message.text("Only workspace admins and team leads can open the dashboard.");
            }
            access = new Access(user.tenant(), user.userId(), Access.Role.LEAD, led);
        }
        return Message.text("[Open the Curio dashboard](" + links.issue(access) + ")\n"
                + "The link works once, for the next " + SignInLinks.LIFETIME.toMinutes() + " minutes, and signs in "
                + "as you: don't forward it. Say `admin dashboard` again for a new one.");
    }
}
