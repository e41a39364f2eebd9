package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The security edge: bad signatures get 401, bad bodies 400 or 413, unknown events 200, never a 500,
 * not even for a signed payload that lacks what a listener needs.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackBadInputTest extends SingleWorkspaceSlackTest {

    @Inject redis.clients.jedis.UnifiedJedis redis;

    @Override
    Map<String, String> moreProperties() {
        return Map.of("micronaut.server.max-request-size", "4MB");
    }

    @Test
    void missingWrongAndStaleSignaturesGet401() throws Exception {
        String body = SignedRequests.event("Ev-sig-1", SignedRequests.dm("U1", "start"));
        assertEquals(401, requests.send(body, "application/json", SignedRequests.now(), "", null).statusCode());
        assertEquals(401, requests.send(body, "application/json", null, "", null).statusCode());
        assertEquals(401, requests.send(body, "application/json", SignedRequests.now(), "v0=deadbeef", null).statusCode());
        String stale = Long.toString(System.currentTimeMillis() / 1000 - 6 * 60);
        assertEquals(401, requests.send(body, "application/json", stale, null, null).statusCode());
        Thread.sleep(200);
        assertTrue(engine.events.isEmpty());
    }

    @Test
    void aTimestampThatWouldOverflowTheFreshnessCheckGets401() throws Exception {
        String body = SignedRequests.slashCommand("U1", "start", "trig-overflow");
        long now = System.currentTimeMillis() / 1000;
        for (long second = now - 2; second <= now + 2; second++) {
            String wrapsToMinValue = Long.toString(Long.MIN_VALUE + second); // now - ts == Long.MIN_VALUE
            var response = requests.send(body, "application/x-www-form-urlencoded", wrapsToMinValue, null, null);
            assertEquals(401, response.statusCode(), wrapsToMinValue + ": " + response.body());
        }
        Thread.sleep(200);
        assertTrue(engine.events.isEmpty(), engine.events.toString());
    }

    @Test
    void malformedBodiesGet400() throws Exception {
        assertEquals(400, requests.json("{not json").statusCode());
        assertEquals(400, requests.json("[1,2]").statusCode());
        assertEquals(400, requests.json("{\"no\":\"type\"}").statusCode());
        assertEquals(400, requests.json("{\"type\":\"event_callback\",\"team_id\":\"T1\"}").statusCode());
        assertEquals(400, requests.command("payload=%7Bbroken").statusCode());
        assertEquals(400, requests.command("hello=world").statusCode());
        assertEquals(400, requests.json("").statusCode());
    }

    @Test
    void unknownEventTypesAreAcknowledgedAndIgnored() throws Exception {
        String event = "{\"type\":\"reaction_added\",\"user\":\"U1\",\"reaction\":\"tada\",\"event_ts\":\"1.1\"}";
        assertEquals(200, requests.json(SignedRequests.event("Ev-unknown-1", event)).statusCode());
        String closed = "{\"type\":\"view_closed\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"view\":{\"id\":\"V1\",\"type\":\"modal\"}}";
        assertEquals(200, requests.form(closed).statusCode());
        Thread.sleep(200);
        assertTrue(engine.events.isEmpty());
    }

    @Test
    void aSignedBodyBoltDoesNotRecogniseIsLoggedBySizeAndTypeNeverVerbatim() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        String mystery = "{\"type\":\"mystery\",\"token\":\"leaked-secret-1\"}";
        try {
            assertEquals(400, requests.json(mystery).statusCode());
            assertEquals(400, requests.form("{\"type\":\"mystery_action\",\"token\":\"leaked-secret-2\"}").statusCode());
            assertEquals(400, requests.command("hello=leaked-secret-3").statusCode());
        } finally {
            root.detachAppender(log);
        }
        List<String> lines = log.list.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()).toList();
        assertTrue(lines.stream().noneMatch(line -> line.contains("leaked-secret")), String.join("\n", lines));
        List<String> ours = lines.stream().filter(line -> line.contains(SlackController.class.getName())).toList();
        assertEquals(3, ours.size(), String.join("\n", lines));
        assertTrue(ours.get(0).contains(mystery.length() + " bytes") && ours.get(0).contains("application/json"), ours.get(0));
    }

    @Test
    void bodiesOverOneMegabyteGet413() throws Exception {
        String big = "{\"type\":\"event_callback\",\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
        assertEquals(413, requests.json(big).statusCode());
    }

    @Test
    void theUrlVerificationChallengeIsAnswered() throws Exception {
        var response = requests.json("{\"token\":\"x\",\"challenge\":\"abc123\",\"type\":\"url_verification\"}");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("abc123"), response.body());
    }

    @Test
    void signedPayloadsWithoutAViewOrAUserGet400NotA500() throws Exception {
        String noView = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"}}";
        assertEquals(400, requests.form(noView).statusCode());
        String noUser = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"},\"view\":{\"id\":\"V1\",\"type\":\"modal\","
                + "\"callback_id\":\"reflect\",\"state\":{\"values\":{}}}}";
        assertEquals(400, requests.form(noUser).statusCode());
        String noActionUser = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"actions\":[{\"action_id\":\"quiz#0\"}]}";
        assertTrue(requests.form(noActionUser).statusCode() < 500);
        assertEquals(400, requests.command("token=x&team_id=T1&command=%2Fcurio&text=start").statusCode());
        Thread.sleep(200);
        assertTrue(engine.events.isEmpty());
    }

    @Test
    void anEventThatFailsBeforeReachingTheEngineIsNotRememberedAsSeen() throws Exception {
        String blankUser = "{\"type\":\"message\",\"channel\":\"D1\",\"channel_type\":\"im\",\"user\":\" \",\"text\":\"start\","
                + "\"ts\":\"1.1\"}";
        assertEquals(400, requests.json(SignedRequests.event("Ev-fails-1", blankUser)).statusCode());
        assertEquals(null, redis.get(SlackKeys.event(new curio.chat.TenantId(curio.chat.Platform.SLACK, "T1"), "Ev-fails-1")),
                "Slack's retry of this event is processed, not dropped as a duplicate");
    }
}
