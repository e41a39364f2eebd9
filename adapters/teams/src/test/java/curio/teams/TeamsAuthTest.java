package curio.teams;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code MicrosoftAppId} set every request needs a valid Bot Framework JWT. The SDK validates
 * it against a local OpenID metadata + JWKS server; tokens are RS256, signed here.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsAuthTest implements TestPropertyProvider {

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
                "teams.app-tenant-id", Activities.TENANT, "teams.openid-metadata-url", openId.metadataUrl(),
                "test.static-token", "true", TestEngine.ENABLED, "true");
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

    @Test
    void aValidTokenIsAcceptedAndTheReplyCarriesTheBotsOwnToken() {
        assertEquals(200, post("Bearer " + openId.token(APP_ID, connector.url(), jwt -> { })));

        assertEquals(1, engine.events.size());
        assertEquals("Bearer " + StaticTokenCredentials.TOKEN, connector.calls().get(0).authorization());
    }

    @Test
    void aMissingTokenGets401() {
        assertEquals(401, post(null));
        assertEquals(401, post("Basic dXNlcjpwYXNz"));
        assertEquals(401, post("Bearer not-a-jwt"));
        assertTrue(engine.events.isEmpty());
    }

    @Test
    void anExpiredTokenGets401() {
        Date past = Date.from(Instant.now().minusSeconds(3600));
        assertEquals(401, post("Bearer " + openId.token(APP_ID, connector.url(),
                jwt -> jwt.withExpiresAt(past).withIssuedAt(past).withNotBefore(past))));
    }

    @Test
    void aTokenForAnotherBotGets401() {
        assertEquals(401, post("Bearer " + openId.token("another-app", connector.url(), jwt -> { })));
    }

    @Test
    void aTokenForAnotherServiceUrlGets401() {
        assertEquals(401, post("Bearer " + openId.token(APP_ID, "https://evil.example.com/", jwt -> { })));
    }

    @Test
    void aTokenSignedByAnUnknownKeyGets401() {
        assertEquals(401, post("Bearer " + openId.strangerToken(APP_ID, connector.url())));
    }

    @Test
    void aTokenFromAnotherIssuerGets401() {
        assertEquals(401, post("Bearer " + openId.token(APP_ID, connector.url(),
                jwt -> jwt.withIssuer("https://sts.example.com/"))));
        assertTrue(engine.events.isEmpty());
        assertTrue(connector.calls().isEmpty());
    }

    private int post(String authorization) {
        return Post.activity(server.getURL(), Activities.personalMessage(connector.url(), "start"), authorization);
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
