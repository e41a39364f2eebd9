package curio.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;

/** Outbound credentials for offline tests: a fixed token instead of a call to Azure AD. */
final class StaticTokenCredentials extends AppCredentials {

    static final String TOKEN = "outbound-test-token";

    StaticTokenCredentials(String appId) {
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
