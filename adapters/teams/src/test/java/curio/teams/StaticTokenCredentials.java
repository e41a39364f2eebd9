package curio.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;

/**
 * Outbound credentials for offline tests: a fixed token instead of a call to Azure AD. With the
 * property {@code test.static-token=true} it replaces the configured credentials, so calls to the
 * {@link FakeBotConnector} carry {@code Bearer }{@link #TOKEN}. Shipped in the test-jar.
 */
public final class StaticTokenCredentials extends AppCredentials {

    public static final String TOKEN = "outbound-test-token";

    public StaticTokenCredentials(String appId) {
        super(null);
        setAppId(appId);
    }

    @Override
    public CompletableFuture<String> getToken() {
        return CompletableFuture.completedFuture(TOKEN);
    }

    @Override
    protected Authenticator buildAuthenticator() {
        throw new UnsupportedOperationException("tests never call Azure AD");
    }

    @Factory
    @Requires(property = "test.static-token", value = "true")
    static class Beans {
        @Singleton
        @Replaces(AppCredentials.class)
        AppCredentials credentials(TeamsConfig config) {
            return new StaticTokenCredentials(config.appId());
        }
    }
}
