package curio.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.model.Bot;
import com.slack.api.methods.response.auth.AuthTestResponse;
import curio.chat.DeliveryException;
import curio.chat.TenantId;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot token of a workspace: {@code SLACK_BOT_TOKEN}, or the OAuth installation's (refreshed
 * when due). With both set, {@code SLACK_BOT_TOKEN} serves only its own workspace (learned once
 * from {@code auth.test}); it is never sent to another workspace.
 *
 * <p>A workspace without an installation is {@link DeliveryException.Kind#RETRY}, not GONE: the
 * installation may be restored by a reinstall, and a real uninstall reaches the engine as
 * {@code app_uninstalled}, which purges the workspace. GONE here would stop every learner of it for good.
 */
final class SlackTokens {

    private static final Logger LOG = LoggerFactory.getLogger(SlackTokens.class);

    private final String singleToken;
    private final SlackInstallations installations;
    private final Slack slack;
    private volatile Set<String> singleTokenTenants;

    SlackTokens(String singleToken, SlackInstallations installations, Slack slack) {
        this.singleToken = singleToken;
        this.installations = installations;
        this.slack = slack;
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
        if (bot != null && bot.getBotAccessToken() != null) {
            return bot.getBotAccessToken();
        }
        if (!singleToken.isEmpty() && tenant != null && singleTokenTenants().contains(tenant.id())) {
            return singleToken;
        }
        LOG.warn("Slack: Curio is not installed in {}: its deliveries wait for a reinstall at {}", tenant,
                SlackController.INSTALL);
        throw DeliveryException.retry("Curio is not installed in " + tenant);
    }

    /** The team (and enterprise) of {@code SLACK_BOT_TOKEN}, asked once; a failed ask is asked again next time. */
    private Set<String> singleTokenTenants() throws DeliveryException {
        Set<String> known = singleTokenTenants;
        if (known != null) {
            return known;
        }
        try {
            AuthTestResponse auth = SlackErrors.check("SLACK_BOT_TOKEN", slack.methods(singleToken).authTest(r -> r));
            known = auth.getEnterpriseId() == null || auth.getEnterpriseId().isEmpty() ? Set.of(auth.getTeamId())
                    : Set.of(auth.getTeamId(), auth.getEnterpriseId());
        } catch (DeliveryException e) {
            throw e;
        } catch (Exception e) {
            throw SlackErrors.of("SLACK_BOT_TOKEN", e);
        }
        singleTokenTenants = known;
        return known;
    }
}
