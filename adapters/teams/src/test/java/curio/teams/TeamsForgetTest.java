package curio.teams;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner who deletes their data is forgotten by the Teams adapter too, in Redis and in answers. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsForgetTest implements TestPropertyProvider {

    static final TenantId TENANT = new TenantId(Platform.TEAMS, Activities.TENANT);
    static final UserRef ADA = new UserRef(TENANT, Activities.USER_AAD);
    static final Activities.Person BOB = new Activities.Person("29:user-2", "Bob Stone", "aad-user-2");

    final FakeBotConnector connector = TeamsAuthTest.start(FakeBotConnector::new);

    @Inject
    EmbeddedServer server;
    @Inject
    TeamsAdapter adapter;
    @Inject
    TeamsDirectory directory;
    @Inject
    UnifiedJedis redis;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teams.dev-mode", "true", "teams.app-id", "", "teams.default-timezone", "UTC",
                "curio.admins", "ada@contoso.example", TestEngine.ENABLED, "true");
    }

    /** Each test installs Curio in the team afresh. */
    @BeforeEach
    void removeCurioFromTheTeam() {
        post(Activities.teamInstallation(connector.url(), "remove", Activities.ADA));
    }

    @AfterAll
    void close() {
        connector.close();
    }

    @Test
    void forgettingAdaDeletesHerProfileChatSignInNameIdsAndCardMarksButNotBobs() {
        connector.members("a:personal-1", List.of(new FakeBotConnector.Member(Activities.ADA.accountId(),
                Activities.ADA.name(), Activities.USER_AAD, "ada@contoso.example")));
        redis.sadd("curio:{teams:" + Activities.TENANT + "}:teams:installers", Activities.USER_AAD);
        post(Activities.personalMessage(connector.url(), "hello"));
        post(Activities.teamInstallation(connector.url(), "add", Activities.ADA));
        post(Activities.cardSubmit(connector.url(), "quiz-card-1", "prompt.quiz", "p1:0"));
        post(Activities.personalMessage(connector.url(), BOB, "a:personal-2", "hello"));
        assertTrue(adapter.profile(ADA).admin());
        assertFalse(keysNaming(Activities.USER_AAD).isEmpty());

        adapter.forget(ADA);

        assertEquals(Set.of(), keysNaming(Activities.USER_AAD), "no key names Ada");
        assertFalse(adapter.profile(ADA).admin());
        assertEquals(ZoneId.of("UTC"), adapter.profile(ADA).timeZone());
        assertTrue(adapter.directConversation(ADA).isEmpty());
        assertTrue(directory.aadObjectId(Activities.TENANT, Activities.ADA.accountId()).isEmpty());
        assertTrue(adapter.directConversation(new UserRef(TENANT, BOB.aadObjectId())).isPresent(), "Bob stays");
        assertEquals("aad-user-2", directory.aadObjectId(Activities.TENANT, BOB.accountId()).orElseThrow());
    }

    @Test
    void removingCurioFromHerPersonalChatForgetsThatChatNotWhoSheIs() {
        UserRef cleo = new UserRef(TENANT, "aad-cleo");
        Activities.Person person = new Activities.Person("29:cleo", "Cleo", "aad-cleo");
        post(Activities.personalMessage(connector.url(), person, "a:personal-cleo", "hello"));
        post(Activities.teamInstallation(connector.url(), "add", person));

        post(Activities.installation(connector.url(), "remove", "personal", "a:personal-cleo")
                .replace("29:user-1", "29:cleo").replace(Activities.USER_AAD, "aad-cleo"));

        assertTrue(adapter.directConversation(cleo).isEmpty());
        assertEquals(ZoneId.of("Europe/Berlin"), adapter.profile(cleo).timeZone(), "what Curio knows of her stays");
    }

    /** Keys whose name holds {@code id}, plus hashes and sets that hold it as a field or member. */
    private Set<String> keysNaming(String id) {
        Set<String> found = new TreeSet<>();
        List<String> keys = redis.scan(ScanParams.SCAN_POINTER_START, new ScanParams().count(10_000)).getResult();
        for (String key : keys) {
            String type = redis.type(key);
            boolean holds = key.contains(id)
                    || type.equals("hash") && (redis.hgetAll(key).containsValue(id) || redis.hexists(key, id))
                    || type.equals("set") && redis.sismember(key, id);
            if (holds) {
                found.add(key);
            }
        }
        return found;
    }

    private void post(String body) {
        assertEquals(200, Post.activity(server.getURL(), body, null));
    }
}
