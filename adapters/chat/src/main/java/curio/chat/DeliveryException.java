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
    private final boolean unsent;

    public DeliveryException(Kind kind, String reason, Duration retryAfter) {
        this(kind, reason, retryAfter, false);
    }

    private DeliveryException(Kind kind, String reason, Duration retryAfter, boolean unsent) {
        super(reason);
        this.kind = kind;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
        this.unsent = unsent;
    }

    /**
     * A send held back before the platform was called (a busy workspace, a paced channel): worth
     * another try after {@code retryAfter}, and certainly not delivered, so the retry need not look
     * for it in the conversation first.
     */
    public static DeliveryException heldBack(String reason, Duration retryAfter) {
        return new DeliveryException(Kind.RETRY, reason, retryAfter, true);
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

    /** Whether the platform was never called for this send (see {@link #heldBack}). */
    public boolean unsent() {
        return unsent;
    }
}
