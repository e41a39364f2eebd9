package curio.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import curio.chat.DeliveryException;
import java.time.Duration;
import java.util.Set;

/** Maps Web API failures to {@link DeliveryException}: 429 waits, a gone person or channel stops. */
final class SlackErrors {

    static final Set<String> GONE = Set.of("channel_not_found", "account_inactive", "user_not_found",
            "not_in_channel", "is_archived", "invalid_auth", "token_revoked", "not_authed", "team_not_found",
            "user_disabled", "cannot_dm_bot", "missing_scope");

    private SlackErrors() {
    }

    static <T extends SlackApiTextResponse> T check(T response) throws DeliveryException {
        if (response.isOk()) {
            return response;
        }
        String error = response.getError() == null ? "unknown_error" : response.getError();
        if ("ratelimited".equals(error)) {
            throw DeliveryException.rateLimited(Duration.ofSeconds(1));
        }
        throw GONE.contains(error) ? DeliveryException.gone(error) : DeliveryException.retry(error);
    }

    static DeliveryException of(Exception e) {
        if (e instanceof SlackApiException api) {
            if (api.getResponse().code() == 429) {
                return DeliveryException.rateLimited(retryAfter(api.getResponse().header("Retry-After")));
            }
            if (api.getError() != null && api.getError().getError() != null && GONE.contains(api.getError().getError())) {
                return DeliveryException.gone(api.getError().getError());
            }
            return DeliveryException.retry("HTTP " + api.getResponse().code());
        }
        return DeliveryException.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (RuntimeException e) {
            return Duration.ofSeconds(1);
        }
    }
}
