package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import curio.chat.Platform;
import curio.chat.TenantId;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * What Curio cannot keep it does not acknowledge: with the inbox full (capacity 0 here) an event is
 * refused with 503 and forgotten, so Slack's retry gets through; a modal submission while the form
 * workers are shutting down gets 503 too.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackShutdownTest implements TestPropertyProvider {

    final FakeSlackApi slack = SlackEventsEndpointTest.start();
    @Inject EmbeddedServer server;
    @Inject UnifiedJedis redis;
    @Inject @Named("slack-workers") ExecutorService workers;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("slack.bot.token", "xoxb-1-test-token-000000", "slack.signing.secret", SignedRequests.SECRET,
                "slack.api.url", slack.url(),
                "curio.slack.inbox-capacity", "0");
    }

    @AfterAll
    void stop() {
        slack.close();
    }

    @Test
    void anEventRefusedWhenTheInboxIsFullIsRetriedBySlackNotDroppedAsADuplicate() throws Exception {
        SignedRequests requests = new SignedRequests(server.getURI());
        String body = SignedRequests.event("Ev-shutdown-1", SignedRequests.dm("U1", "start"));
        assertEquals(503, requests.json(body).statusCode());
        assertNull(redis.get(SlackKeys.event(new TenantId(Platform.SLACK, "T1"), "Ev-shutdown-1")));
        assertEquals(503, requests.send(body, "application/json", SignedRequests.now(), null, "1").statusCode(),
                "the retry is tried again, not acknowledged as seen");
        String command = SignedRequests.slashCommand("U1", "start");
        assertEquals(503, requests.command(command).statusCode());
        assertEquals(0, redis.xlen(SlackInbox.STREAM));
    }

    @Test
    void aCommandRefusedWith503IsNotRememberedAsSeenSoTheSameRequestIsTriedAgain() throws Exception {
        SignedRequests requests = new SignedRequests(server.getURI());
        String command = SignedRequests.slashCommand("U2", "start", "trig-503");
        String timestamp = SignedRequests.now();
        String form = "application/x-www-form-urlencoded";
        assertEquals(503, requests.send(command, form, timestamp, null, null).statusCode());
        assertEquals(503, requests.send(command, form, timestamp, null, null).statusCode(),
                "not acknowledged as a replay: it was never handled");
    }

    @Test
    void aModalSubmittedWhileShuttingDownIsRefusedWith503() throws Exception {
        workers.shutdown();
        SignedRequests requests = new SignedRequests(server.getURI());
        String submit = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},"
                + "\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\"checkin\",\"private_metadata\":\"\","
                + "\"state\":{\"values\":{\"text\":{\"text\":{\"type\":\"plain_text_input\",\"value\":\"read a paper\"}}}}}}";
        assertEquals(503, requests.form(submit).statusCode());
    }
}
