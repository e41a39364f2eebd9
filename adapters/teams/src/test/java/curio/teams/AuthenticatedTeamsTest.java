package curio.teams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.util.Map;

/**
 * Teams tests with authentication on: {@code MicrosoftAppId} set, tokens signed by a local
 * {@link OpenIdServer} (RS256, as the Bot Framework signs them), a fake Bot Connector on loopback and
 * the test engine. The tenant is {@link #tenant()} ({@link Activities#TENANT} unless overridden).
 */
abstract class AuthenticatedTeamsTest implements TestPropertyProvider {

    static final String APP_ID = "11111111-2222-3333-4444-555555555555";

    final OpenIdServer openId = start(OpenIdServer::new);
    final FakeBotConnector connector = start(FakeBotConnector::new);

    @Inject
    EmbeddedServer server;
    @Inject
    TestEngine engine;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teams.app-id", APP_ID, "teams.app-password", "not-logged",
                "teams.app-tenant-id", tenant(), "teams.openid-metadata-url", openId.metadataUrl(),
                "test.static-token", "true", TestEngine.ENABLED, "true");
    }

    /** {@code MicrosoftAppTenantId}. */
    String tenant() {
        return Activities.TENANT;
    }

    /** A valid {@code Authorization} header for activities that name the fake connector as their service URL. */
    String bearer() {
        return "Bearer " + openId.token(APP_ID, connector.url(), jwt -> { });
    }

    @BeforeEach
    void reset() {
        engine.reset();
        connector.reset();
    }

    @AfterAll
    void close() {
        openId.close();
        connector.close();
    }

    interface Opener<T> {
        T open() throws IOException;
    }

    static <T> T start(Opener<T> opener) {
        try {
            return opener.open();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
