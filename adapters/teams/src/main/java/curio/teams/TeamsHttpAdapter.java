package curio.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import curio.chat.DeliveryException;

import java.util.concurrent.CompletableFuture;

/**
 * The SDK's HTTP adapter, used to authenticate inbound activities (JWT, audience, service URL,
 * endorsements). Credentials it would build for the turn are the configured single-tenant ones, and
 * the connector client it gives the turn is {@link TeamsSender}'s for that service URL: the SDK keeps
 * one per URL without limit, the sender a bounded few. Curio answers through the sender, never the turn.
 */
class TeamsHttpAdapter extends BotFrameworkHttpAdapter {

    private final AppCredentials credentials;
    private final TeamsSender sender;

    TeamsHttpAdapter(TeamsConfig config, AppCredentials credentials, TeamsSender sender) {
        super(new SimpleCredentialProvider(config.appId(), config.appPassword()), new SimpleChannelProvider());
        this.credentials = credentials;
        this.sender = sender;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(credentials);
    }

    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl, AppCredentials appCredentials) {
        try {
            return CompletableFuture.completedFuture(sender.connector(serviceUrl));
        } catch (DeliveryException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** How many connector clients the SDK itself keeps (none: they are the sender's). */
    int clientsKeptBySdk() {
        return getConnectorClientCache().size();
    }
}
