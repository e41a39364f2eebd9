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
import redis.clients.jedis.RedisClient;

/** A replica shutting down refuses new events with 503 and forgets it saw them, so Slack's retry gets through. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackShutdownTest implements TestPropertyProvider {

    final FakeSlackApi slack = SlackEventsEndpointTest.start();
    @Inject EmbeddedServer server;
    @Inject RedisClient redis;
    @Inject @Named("slack-workers") ExecutorService workers;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("slack.bot.token", "xoxb-1-test-token-000000", "slack.signing.secret", SignedRequests.SECRET,
                "slack.api.url", slack.url());
    }

    @AfterAll
    void stop() {
        slack.close();
    }

    @Test
    void anEventRefusedWhileShuttingDownIsRetriedBySlackNotDroppedAsADuplicate() throws Exception {
        workers.shutdown();
        SignedRequests requests = new SignedRequests(server.getURI());
        String body = SignedRequests.event("Ev-shutdown-1", SignedRequests.dm("U1", "start"));
        assertEquals(503, requests.json(body).statusCode());
        assertNull(redis.get(SlackKeys.event(new TenantId(Platform.SLACK, "T1"), "Ev-shutdown-1")));
        assertEquals(503, requests.send(body, "application/json", SignedRequests.now(), null, "1").statusCode(),
                "the retry is tried again, not acknowledged as seen");
        String command = SignedRequests.slashCommand("U1", "start");
        assertEquals(503, requests.command(command).statusCode());
    }
}
