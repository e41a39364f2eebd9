package curio.teams;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code MicrosoftAppId} set every request needs a valid Bot Framework JWT. The SDK validates
 * it against a local OpenID metadata + JWKS server; tokens are RS256, signed here.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsAuthTest extends AuthenticatedTeamsTest {

    @Test
    void aValidTokenIsAcceptedAndTheReplyCarriesTheBotsOwnToken() {
        assertEquals(200, post(bearer()));

        assertEquals(1, engine.events.size());
        assertEquals("Bearer " + StaticTokenCredentials.TOKEN, connector.calls().get(0).authorization());
    }

    @Test
    void aMissingTokenGets401() {
        assertEquals(401, post(null));
        assertEquals(401, post("Basic dXNlcjpwYXNz"));
        assertEquals(401, post("Bearer not-a-jwt"));
        String refusal = Post.exchange(server.getURL(), Activities.personalMessage(connector.url(), "start"), null).body();
        assertTrue(refusal.contains("\"error\""), refusal);
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
}
