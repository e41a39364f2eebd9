package curio.teams;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long a send is retried inside the adapter before the outbox takes over:
 * exponential backoff with jitter, never shorter than the platform's {@code Retry-After}.
 *
 * @param attempts   tries in all, the first included
 * @param base       the first backoff; doubled on each retry
 * @param longestWait a {@code Retry-After} above this is handed to the outbox instead of waited out
 */
record DeliveryRetry(int attempts, Duration base, Duration longestWait) {

    static DeliveryRetry defaults() {
        return new DeliveryRetry(4, Duration.ofMillis(250), Duration.ofSeconds(10));
    }

    /** The wait before retry number {@code retry} (1-based): backoff with jitter, at least retryAfter. */
    Duration waitBefore(int retry, Duration retryAfter) {
        long backoff = base.toMillis() << Math.min(retry - 1, 10);
        long jittered = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        return Duration.ofMillis(Math.max(jittered, retryAfter.toMillis()));
    }
}
