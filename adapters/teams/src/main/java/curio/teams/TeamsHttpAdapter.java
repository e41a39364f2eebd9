package curio.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;

import java.util.concurrent.CompletableFuture;

/**
 * The SDK's HTTP adapter, used to authenticate inbound activities (JWT, audience, service URL,
 * endorsements). Credentials it would build for the turn are the configured single-tenant ones.
 */
class TeamsHttpAdapter extends BotFrameworkHttpAdapter {

    private final AppCredentials credentials;

    TeamsHttpAdapter(TeamsConfig config, AppCredentials credentials) {
        super(new SimpleCredentialProvider(config.appId(), config.appPassword()), new SimpleChannelProvider());
        this.credentials = credentials;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(credentials);
    }
}
