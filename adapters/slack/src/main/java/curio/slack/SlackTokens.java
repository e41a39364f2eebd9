package curio.slack;

import com.slack.api.bolt.model.Bot;
import curio.chat.DeliveryException;
import curio.chat.TenantId;

/** The bot token of a workspace: {@code SLACK_BOT_TOKEN}, or the OAuth installation's (refreshed when due). */
final class SlackTokens {

    private final String singleToken;
    private final SlackInstallations installations;

    SlackTokens(String singleToken, SlackInstallations installations) {
        this.singleToken = singleToken;
        this.installations = installations;
    }

    /** The OAuth installation store; null with a single workspace token. */
    SlackInstallations installations() {
        return installations;
    }

    String botToken(TenantId tenant) throws DeliveryException {
        if (installations == null) {
            return singleToken;
        }
        Bot bot = tenant == null ? null : installations.findBot(tenant.id(), tenant.id());
        if (bot == null || bot.getBotAccessToken() == null) {
            if (!singleToken.isEmpty()) {
                return singleToken;
            }
            throw DeliveryException.gone("Curio is not installed in " + tenant);
        }
        return bot.getBotAccessToken();
    }
}
