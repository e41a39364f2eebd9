package curio.dashboard;

import curio.chat.Message;
import curio.chat.UserRef;
import curio.leads.Languages;
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

    private final Languages languages;

    public DashboardSignIn(Roles roles, TeamStore teams, SignInLinks links, Languages languages) {
        this.languages = languages;
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
                return Message.text(languages.of(user).get("dashboard.onlyAdminsAndLeads"));
            }
            access = new Access(user.tenant(), user.userId(), Access.Role.LEAD, led);
        }
        return Message.text(languages.of(user).get("dashboard.link", links.issue(access),
                Long.toString(SignInLinks.LIFETIME.toMinutes())));
    }
}
