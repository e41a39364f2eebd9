package curio.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import curio.chat.DeliveryException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Web API failures to {@link DeliveryException}. Only errors about one person or one
 * conversation are {@link DeliveryException.Kind#GONE} (the engine stops that learner for good).
 * Errors about the workspace's token or scopes are {@link DeliveryException.Kind#RETRY}: an admin
 * can fix them (reinstall, add a scope), so the outbox backs off and finally gives up instead of
 * stopping every learner of the workspace; each is logged with the workspace and the error, never the token.
 */
final class SlackErrors {

    /** One person or conversation cannot be reached. */
    static final Set<String> GONE = Set.of("channel_not_found", "account_inactive", "user_not_found",
            "not_in_channel", "is_archived", "user_disabled", "cannot_dm_bot");

    /** The workspace's installation is broken: the token, its scopes or the workspace itself. */
    static final Set<String> WORKSPACE = Set.of("invalid_auth", "not_authed", "token_revoked", "token_expired",
            "missing_scope", "team_not_found", "no_permission", "not_allowed_token_type", "ekm_access_denied",
            "org_login_required", "team_access_not_granted", "enterprise_is_restricted");

    /** Curio built blocks Slack refuses: a bug, not a reason to retry the same blocks. */
    static final String INVALID_BLOCKS = "invalid_blocks";

    private static final Logger LOG = LoggerFactory.getLogger(SlackErrors.class);
    private static final long LOG_EVERY_MILLIS = 60_000;
    private static final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    private SlackErrors() {
    }

    static <T extends SlackApiTextResponse> T check(String team, T response) throws DeliveryException {
        if (response.isOk()) {
            return response;
        }
        String error = response.getError() == null ? "unknown_error" : response.getError();
        if ("ratelimited".equals(error)) {
            throw DeliveryException.rateLimited(Duration.ofSeconds(1));
        }
        throw classify(team, error);
    }

    static DeliveryException of(String team, Exception e) {
        if (e instanceof SlackApiException api) {
            if (api.getResponse().code() == 429) {
                return DeliveryException.rateLimited(retryAfter(api.getResponse().header("Retry-After")));
            }
            if (api.getError() != null && api.getError().getError() != null) {
                return classify(team, api.getError().getError());
            }
            return DeliveryException.retry("HTTP " + api.getResponse().code());
        }
        return DeliveryException.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static DeliveryException classify(String team, String error) {
        if (GONE.contains(error)) {
            return DeliveryException.gone(error);
        }
        if (WORKSPACE.contains(error)) {
            logWorkspace(team, error);
        }
        return DeliveryException.retry(error);
    }

    /** At most once a minute per workspace and error: a broken token fails every learner's send. */
    private static void logWorkspace(String team, String error) {
        long now = System.currentTimeMillis();
        Long before = lastLogged.put(team + "|" + error, now);
        if (before == null || now - before >= LOG_EVERY_MILLIS) {
            LOG.error("Slack: workspace {} refused Curio's bot token ({}): deliveries there are retried, not stopped; "
                    + "reinstall Curio or fix its scopes", team, error);
        }
    }

    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (RuntimeException e) {
            return Duration.ofSeconds(1);
        }
    }
}
