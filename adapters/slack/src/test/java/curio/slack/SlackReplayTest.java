package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A signed slash command, click or modal submission captured on the wire and sent again within
 * the 5-minute window is acknowledged and ignored: the engine sees it once. Slack itself never
 * resends one of these with the same signature.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackReplayTest extends SingleWorkspaceSlackTest {

    static final String FORM = "application/x-www-form-urlencoded";

    private HttpResponse<String> sendTwice(String body) throws Exception {
        String timestamp = SignedRequests.now();
        HttpResponse<String> first = requests.send(body, FORM, timestamp, null, null);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> replay = requests.send(body, FORM, timestamp, null, null);
        assertEquals(200, replay.statusCode(), "a replay is acknowledged, so it learns nothing: " + replay.body());
        return first;
    }

    private static String payload(String json) {
        return "payload=" + java.net.URLEncoder.encode(json, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aReplayedSlashCommandReachesTheEngineOnce() throws Exception {
        sendTwice(SignedRequests.slashCommand("U1", "start", "trig-replay-1"));
        slack.await("chat.postMessage", 1, Duration.ofSeconds(20));
        Thread.sleep(300);
        assertEquals(1, engine.events.size(), engine.events.toString());
        assertEquals(1, slack.calls("chat.postMessage").size());
    }

    @Test
    void aReplayedButtonClickReachesTheEngineOnce() throws Exception {
        int before = engine.streak.get();
        sendTwice(payload("{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U2\"},"
                + "\"trigger_id\":\"trig-replay-2\",\"container\":{\"type\":\"message\",\"message_ts\":\"1900.1\","
                + "\"channel_id\":\"D2\"},\"actions\":[{\"type\":\"button\",\"action_id\":\"quiz#0\",\"value\":\"b\"}]}"));
        slack.await("chat.update", 1, Duration.ofSeconds(20));
        Thread.sleep(300);
        assertEquals(before + 1, engine.streak.get(), "one answer counts once");
        assertEquals(1, engine.events.size(), engine.events.toString());
    }

    @Test
    void aReplayedModalSubmissionReachesTheEngineOnce() throws Exception {
        sendTwice(payload(SlackFormSubmissionTest.submission("U3", "goal", "3 tools")));
        slack.await("chat.postMessage", 1, Duration.ofSeconds(20));
        Thread.sleep(300);
        assertEquals(1, engine.events.size(), engine.events.toString());
        assertEquals(1, slack.calls("chat.postMessage").size());
    }

    @Test
    void theSameCommandSignedAgainLaterIsANewCommand() throws Exception {
        String body = SignedRequests.slashCommand("U4", "start", "trig-replay-4");
        long now = System.currentTimeMillis() / 1000;
        assertEquals(200, requests.send(body, FORM, Long.toString(now - 1), null, null).statusCode());
        assertEquals(200, requests.send(body, FORM, Long.toString(now), null, null).statusCode());
        slack.await("chat.postMessage", 2, Duration.ofSeconds(20));
        assertEquals(2, engine.events.size(), engine.events.toString());
    }
}
