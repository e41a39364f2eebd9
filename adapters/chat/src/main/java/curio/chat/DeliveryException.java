package curio.chat;

import java.time.Duration;

/**
 * A send the platform did not accept. {@link Kind#RETRY} and {@link Kind#RATE_LIMITED} are worth
 * another try (after {@code retryAfter} when the platform said so); {@link Kind#GONE} means the
 * person or conversation is unreachable (uninstalled, deactivated) and retrying is pointless.
 */
public class DeliveryException extends Exception {

    public enum Kind { RETRY, RATE_LIMITED, GONE }

    private final Kind kind;
    private final Duration retryAfter;

    public DeliveryException(Kind kind, String reason, Duration retryAfter) {
        super(reason);
        this.kind = kind;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public static DeliveryException retry(String reason) {
        return new DeliveryException(Kind.RETRY, reason, Duration.ZERO);
    }

    public static DeliveryException rateLimited(Duration retryAfter) {
        return new DeliveryException(Kind.RATE_LIMITED, "rate limited", retryAfter);
    }

    public static DeliveryException gone(String reason) {
        return new DeliveryException(Kind.GONE, reason, Duration.ZERO);
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
