package curio.teams;

import com.microsoft.bot.restclient.RestException;
import curio.chat.DeliveryException;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Maps a failed Bot Connector call to a {@link DeliveryException} the outbox understands. */
final class ConnectorFailures {

    private ConnectorFailures() {
    }

    static DeliveryException classify(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof RestException rest) || rest.response() == null) {
            return DeliveryException.retry("Bot Connector unreachable: " + cause.getClass().getSimpleName());
        }
        int status = rest.response().code();
        Duration retryAfter = retryAfter(rest.response().headers().get("Retry-After"));
        return switch (status) {
            case 429 -> DeliveryException.rateLimited(retryAfter);
            case 412, 502, 503, 504 -> new DeliveryException(DeliveryException.Kind.RETRY,
                    "Bot Connector answered " + status, retryAfter);
            case 403, 404 -> DeliveryException.gone("Bot Connector answered " + status
                    + ": the bot was removed or the conversation is gone");
            default -> DeliveryException.retry("Bot Connector answered " + status);
        };
    }

    /** {@code Retry-After} in seconds or as an HTTP date; zero when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException unreadable) {
                return Duration.ZERO;
            }
        }
    }
}
