package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * Found by the payload fuzz test (bot module, issue 9): signed payloads whose ids are no Slack ids,
 * or with {@code null} where Bolt reads a string, get 400 and leave nothing in Redis.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackMalformedIdsTest extends SingleWorkspaceSlackTest {

    @Inject UnifiedJedis redis;

    @Test
    void anEventFromAUserWhoseIdIsNoSlackIdGets400AndNothingIsStored() throws Exception {
        for (String user : new String[] {"U" + "x".repeat(600), "U1\\u0000", "U1' OR 1=1 --", "U1|x"}) {
            String event = "{\"type\":\"message\",\"channel\":\"D1\",\"channel_type\":\"im\",\"user\":\"" + user
                    + "\",\"text\":\"start\",\"ts\":\"1.1\"}";
            assertEquals(400, requests.json(SignedRequests.event("Ev-id-" + user.length(), event)).statusCode(), user);
        }
        assertEquals(400, requests.json(SignedRequests.event("Ev-" + "x".repeat(300), SignedRequests.dm("U1", "start")))
                .statusCode());
        assertEquals(400, requests.command(SignedRequests.slashCommand("U1*", "start")).statusCode());
        Thread.sleep(200);
        assertTrue(engine.events.isEmpty(), engine.events.toString());
        assertEquals(List.of(), redis.keys("*").stream()
                .filter(k -> k.contains("xxxxxxxxxx") || k.contains("U1") || k.contains("Ev-id-")).toList());
    }

    @Test
    void aMessageWithoutAChannelGets400() throws Exception {
        String event = "{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":\"start\",\"ts\":\"1.1\"}";
        assertEquals(400, requests.json(SignedRequests.event("Ev-no-channel", event)).statusCode());
    }

    @Test
    void aNullWhereBoltReadsAStringGets400() throws Exception {
        String event = "{\"type\":\"message\",\"channel\":\"D1\",\"channel_type\":\"im\",\"user\":null,\"text\":\"start\","
                + "\"ts\":\"1.1\"}";
        assertEquals(400, requests.json(SignedRequests.event("Ev-null-1", event)).statusCode());
    }

    @Test
    void anUninstallNamingNoUsableWorkspaceGets400() throws Exception {
        String body = "{\"token\":\"x\",\"team_id\":\"" + "T".repeat(600) + "\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev-gone-1\",\"event_time\":1700000000,\"authorizations\":[],"
                + "\"event\":{\"type\":\"app_uninstalled\",\"event_ts\":\"1.1\"}}";
        assertEquals(400, requests.json(body).statusCode());
        Thread.sleep(200);
        assertTrue(engine.events.isEmpty(), engine.events.toString());
    }
}
