package curio.teams;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.teams.FakeBotConnector.Member;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

import java.util.List;
import java.util.Map;

import static curio.teams.RecordedActivities.ADA;
import static curio.teams.RecordedActivities.BOB;
import static curio.teams.RecordedActivities.GRACE;
import static curio.teams.RecordedActivities.TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Curio's admins in a Teams tenant are the people {@code CURIO_ADMINS} names, by AAD object id or by
 * user principal name (read from a team's roster or looked up once in the conversation they write in).
 * Adding Curio to a team makes nobody an admin, nor does a mark an older Curio left in Redis.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsAdminsTest extends DevModeTeamsTest {

    static final TenantId TENANT = new TenantId(Platform.TEAMS, RecordedActivities.TENANT);
    static final String CLEO = "c1e0c1e0-4b5a-4c6d-9e8f-0a1b2c3d4e5f";

    @Inject
    UnifiedJedis redis;

    @Override
    Map<String, String> moreProperties() {
        return Map.of("curio.admins", " Ada@Learning-Guild.example, bob@learning-guild.example;" + CLEO.toUpperCase());
    }

    @Test
    void whoeverAddsCurioToATeamIsNoAdminOfTheTenant() {
        assertEquals(200, post(RecordedActivities.load("bot-added-to-team", connector.url())));

        assertFalse(adapter.profile(user(GRACE)).admin());
    }

    @Test
    void anInstallerMarkLeftByAnOlderCurioMakesNobodyAdmin() {
        redis.sadd("curio:{teams:" + RecordedActivities.TENANT + "}:teams:installers", GRACE.aadObjectId());

        assertFalse(adapter.profile(user(GRACE)).admin());
    }

    @Test
    void anAdminNamedByObjectIdIsAdminBeforeCurioEverSawThem() {
        assertTrue(adapter.profile(new UserRef(TENANT, CLEO)).admin());
    }

    @Test
    void anAdminNamedBySignInNameIsLookedUpOnceInTheChatTheyWriteIn() {
        connector.members(RecordedActivities.ADA_CHAT,
                List.of(new Member(ADA.accountId(), ADA.name(), ADA.aadObjectId(), "ada@learning-guild.example")));
        assertFalse(adapter.profile(user(ADA)).admin(), "not known yet");

        assertEquals(200, post(RecordedActivities.load("ada-personal-message", connector.url())));
        assertEquals(200, post(RecordedActivities.load("ada-personal-message", connector.url())));

        assertTrue(adapter.profile(user(ADA)).admin());
        assertEquals(1, connector.calls().stream().filter(c -> c.path().contains("/members/")).count(),
                connector.calls().toString());
    }

    @Test
    void anAdminNamedBySignInNameIsKnownFromATeamsRoster() {
        assertEquals(200, post(RecordedActivities.load("bot-added-to-team", connector.url())));
        connector.members(TEAM, List.of(new Member(GRACE.accountId(), GRACE.name(), GRACE.aadObjectId(), "grace@learning-guild.example"),
                new Member(BOB.accountId(), BOB.name(), BOB.aadObjectId(), "bob@learning-guild.example")));

        adapter.members(adapter.channel(TENANT, TEAM).orElseThrow());

        assertTrue(adapter.profile(user(BOB)).admin());
        assertFalse(adapter.profile(user(GRACE)).admin());
    }

    private static UserRef user(Activities.Person person) {
        return new UserRef(TENANT, person.aadObjectId());
    }
}
