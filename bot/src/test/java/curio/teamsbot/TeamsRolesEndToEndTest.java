package curio.teamsbot;

import static curio.teams.RecordedActivities.ADA;
import static curio.teams.RecordedActivities.BOB;
import static curio.teams.RecordedActivities.GRACE;
import static curio.teams.RecordedActivities.LEARNING;
import static curio.teams.RecordedActivities.TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.leads.Roles;
import curio.leads.TeamStore;
import curio.teams.Activities.Person;
import curio.teams.FakeBotConnector;
import curio.teams.FakeBotConnector.Member;
import curio.teams.RecordedActivities;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Issue 9, point 2, end to end with recorded activities: adding Curio to a team makes that person a
 * lead of that team, never an admin of the tenant, and removing Curio takes the role back. Admins
 * are the people {@code CURIO_ADMINS} names, by AAD object id or by sign-in name (UPN).
 */
class TeamsRolesEndToEndTest {

    static final TenantId TENANT = new TenantId(Platform.TEAMS, RecordedActivities.TENANT);

    TeamsEngine teams;

    @BeforeEach
    void start() throws Exception {
        teams = new TeamsEngine(Map.of("curio.admins", ADA.aadObjectId() + ", Bob@Learning-Guild.example"));
        teams.learningGuild(List.of(member(GRACE, "grace@learning-guild.example"),
                member(ADA, "ada@learning-guild.example"), member(BOB, "bob@learning-guild.example")));
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void whoeverAddsCurioToATeamLeadsThatTeamButSeesNoFiguresAndSetsUpNoOtherChannel() {
        assertEquals(200, post("bot-added-to-team"));

        assertTrue(graceSays("team goals").contains("Goals this quarter in"), "she leads the team she added Curio to");
        assertTrue(graceSays("admin stats").contains("Only workspace admins"), "she is no admin of the tenant");
        assertEquals(200, post("grace-team-setup-in-learning"));
        assertTrue(posted().stream().anyMatch(b -> b.contains("Only workspace admins (or the team")), posted().toString());
        assertTrue(teams.bean(TeamStore.class).find(TENANT, LEARNING).isEmpty());
    }

    @Test
    void removingCurioFromTheTeamTakesBackTheLeadRoleItsInstallGave() {
        assertEquals(200, post("bot-added-to-team"));
        assertEquals(200, post("bot-removed-from-team"));
        assertEquals(200, teams.post(RecordedActivities.changed("bot-added-to-team", teams.connector.url(), activity ->
                ((ObjectNode) activity.get("from")).put("id", ADA.accountId()).put("aadObjectId", ADA.aadObjectId()))));

        assertEquals(Set.of(ADA.aadObjectId()), teams.bean(TeamStore.class).find(TENANT, TEAM).orElseThrow().leads(),
                "Ada added Curio again: she alone leads the team");
        assertTrue(graceSays("team goals").contains("Only leads see their team's goals"));
        assertTrue(graceSays("challenge new").contains("Only team leads post challenges"));
    }

    @Test
    void adminsAreWhomCurioAdminsNamesByObjectIdOrSignInNameNeverAnOldInstallerMark() {
        teams.bean(UnifiedJedis.class).sadd("curio:{teams:" + RecordedActivities.TENANT + "}:teams:installers",
                GRACE.aadObjectId());
        assertEquals(200, post("bot-added-to-team"));

        assertTrue(graceSays("admin stats").contains("Only workspace admins"));
        assertEquals(200, teams.post(RecordedActivities.saying("ada-personal-message", teams.connector.url(), "admin stats")));
        String adas = last(teams.connector.postedTo(RecordedActivities.ADA_CHAT));
        assertTrue(adas.contains("Curio in this workspace"), adas);
        Roles roles = teams.bean(Roles.class);
        assertTrue(roles.isAdmin(user(BOB)), "Bob's sign-in name, read from the team's roster, is in CURIO_ADMINS");
        assertFalse(roles.isAdmin(user(GRACE)));
    }

    private String graceSays(String text) {
        assertEquals(200, teams.post(RecordedActivities.saying("grace-challenge-new", teams.connector.url(), text)));
        return last(teams.connector.postedTo(RecordedActivities.GRACE_CHAT));
    }

    private int post(String recorded) {
        return teams.post(RecordedActivities.load(recorded, teams.connector.url()));
    }

    private List<String> posted() {
        return teams.calls(c -> c.method().equals("POST") && c.path().endsWith("/activities")).stream()
                .map(FakeBotConnector.Call::body).toList();
    }

    private static UserRef user(Person person) {
        return new UserRef(TENANT, person.aadObjectId());
    }

    private static Member member(Person person, String signInName) {
        return new Member(person.accountId(), person.name(), person.aadObjectId(), signInName);
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }
}
