package curio.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import curio.chat.BotEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A valid Bot Framework token is not a Teams user: Direct Line and Web Chat clients get tokens for
 * the same bot and choose {@code from} and {@code channelData} themselves. With authentication on
 * (tokens signed by the local JWKS, as the Bot Framework signs them), only {@code msteams} activities
 * from the configured tenant are taken; the rest get 403 before anything is saved or answered.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsChannelAndTenantTest extends AuthenticatedTeamsTest {

    @Inject
    UnifiedJedis redis;

    @Override
    String tenant() {
        return RecordedActivities.TENANT;
    }

    @BeforeEach
    void emptyRedis() {
        redis.flushAll();
    }

    @Test
    void aDirectLineClientClaimingToBeAdaIsRefusedBeforeAnythingIsSavedOrAnswered() {
        HttpResponse<String> refused = post(RecordedActivities.load("directline-message-as-ada", connector.url()));

        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error\""), refused.body());
        assertNothingHappened();
    }

    @Test
    void webChatActivitiesAndActivitiesNamingNoChannelAreRefusedToo() {
        for (String channel : new String[] {"webchat", ""}) {
            assertEquals(403, post(ada(a -> a.put("channelId", channel))).statusCode(), channel);
        }
        assertEquals(403, post(ada(a -> a.remove("channelId"))).statusCode());
        assertNothingHappened();
    }

    @Test
    void aTeamsActivityFromAnotherTenantIsRefused() {
        HttpResponse<String> refused = post(RecordedActivities.load("message-from-another-tenant", connector.url()));

        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error\""), refused.body());
        assertNothingHappened();
    }

    @Test
    void aTeamsActivityWithoutATenantOrNamingTwoIsRefused() {
        String other = "f4b7c2e9-3a1d-4c8e-b6f0-5e2d9a7c1b34";
        assertEquals(403, post(ada(a -> ((ObjectNode) a.get("conversation")).put("tenantId", other))).statusCode());
        assertEquals(403, post(ada(a -> ((ObjectNode) a.at("/channelData/tenant")).put("id", other))).statusCode());
        assertEquals(403, post(ada(a -> {
            ((ObjectNode) a.get("conversation")).remove("tenantId");
            a.remove("channelData");
        })).statusCode());
        assertNothingHappened();
    }

    @Test
    void aTeamsActivityFromThisTenantIsTaken() {
        assertEquals(200, post(RecordedActivities.load("ada-personal-message", connector.url())).statusCode());
        assertEquals(200, post(ada(a -> ((ObjectNode) a.get("conversation")).remove("tenantId"))).statusCode());

        assertEquals(2, engine.events.size(), engine.events.toString());
        BotEvent.MessageReceived hello = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertEquals(RecordedActivities.TENANT, hello.user().tenant().id());
        assertEquals(RecordedActivities.ADA.aadObjectId(), hello.user().userId());
    }

    @Test
    void aTenantIdSpelledInCapitalsIsTheSameTenant() {
        String upper = RecordedActivities.TENANT.toUpperCase();
        assertEquals(200, post(ada(a -> {
            ((ObjectNode) a.get("conversation")).put("tenantId", upper);
            ((ObjectNode) a.at("/channelData/tenant")).put("id", upper);
        })).statusCode());
        BotEvent.MessageReceived hello = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertEquals(RecordedActivities.TENANT, hello.user().tenant().id(), "one workspace, one set of keys");
    }

    private void assertNothingHappened() {
        assertTrue(engine.events.isEmpty(), engine.events.toString());
        assertTrue(connector.calls().isEmpty(), connector.calls().toString());
        assertEquals(Set.of(), keys(), "nothing is stored");
    }

    private Set<String> keys() {
        return new TreeSet<>(redis.scan(ScanParams.SCAN_POINTER_START, new ScanParams().count(10_000)).getResult());
    }

    private String ada(Consumer<ObjectNode> change) {
        return RecordedActivities.changed("ada-personal-message", connector.url(), change);
    }

    private HttpResponse<String> post(String activity) {
        return Post.exchange(server.getURL(), activity, bearer());
    }
}
