package curio.slack;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Slack endpoint tests for one workspace (bot token + signing secret): a fake Slack Web API on
 * loopback, the test engine and signed requests. Subclasses add settings with {@link #moreProperties()}.
 */
abstract class SingleWorkspaceSlackTest implements TestPropertyProvider {

    final FakeSlackApi slack = SlackEventsEndpointTest.start();

    @Inject EmbeddedServer server;
    @Inject TestEngine engine;
    SignedRequests requests;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Map.of("slack.bot.token", "xoxb-1-test-token-000000",
                "slack.signing.secret", SignedRequests.SECRET, "slack.api.url", slack.url()));
        properties.putAll(moreProperties());
        return properties;
    }

    Map<String, String> moreProperties() {
        return Map.of();
    }

    @BeforeEach
    void setUp() {
        requests = new SignedRequests(server.getURI());
        slack.reset();
        engine.events.clear();
    }

    @AfterAll
    void stop() {
        slack.close();
    }
}
