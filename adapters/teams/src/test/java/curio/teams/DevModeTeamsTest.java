package curio.teams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Teams tests in development mode (no auth): a fake Bot Connector on loopback, the test engine,
 * the adapter, and a way to post activities to {@code /api/messages}. Subclasses add settings
 * with {@link #moreProperties()}.
 */
abstract class DevModeTeamsTest implements TestPropertyProvider {

    final FakeBotConnector connector = TeamsAuthTest.start(FakeBotConnector::new);

    @Inject
    EmbeddedServer server;
    @Inject
    TestEngine engine;
    @Inject
    TeamsAdapter adapter;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Map.of("teams.dev-mode", "true", "teams.app-id", "",
                TestEngine.ENABLED, "true"));
        properties.putAll(moreProperties());
        return properties;
    }

    Map<String, String> moreProperties() {
        return Map.of();
    }

    @BeforeEach
    void reset() {
        connector.reset();
        engine.reset();
    }

    @AfterAll
    void close() {
        connector.close();
    }

    int post(String body) {
        return Post.activity(server.getURL(), body, null);
    }
}
