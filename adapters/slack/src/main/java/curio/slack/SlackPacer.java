package curio.slack;

import curio.chat.DeliveryException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps sends within Slack's limits: about one message a second per channel, and after a 429
 * nothing to that workspace until its {@code Retry-After} has passed. A caller waits up to
 * {@code maxWait}; a longer wait is handed back as {@link DeliveryException#rateLimited}.
 */
final class SlackPacer {

    private final long intervalNanos;
    private final long maxWaitNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();
    private final Map<String, Long> blockedUntil = new HashMap<>();

    SlackPacer(Duration interval, Duration maxWait) {
        this.intervalNanos = interval.toNanos();
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** Waits for this channel's next slot. */
    void await(String team, String channel) throws DeliveryException {
        long wait = reserve(team, channel, System.nanoTime());
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.retry("interrupted while pacing");
            }
        }
    }

    /** Slack answered 429: hold every send to this workspace for {@code retryAfter}. */
    synchronized void rateLimited(String team, Duration retryAfter) {
        blockedUntil.merge(team, System.nanoTime() + retryAfter.toNanos(), Math::max);
    }

    private synchronized long reserve(String team, String channel, long now) throws DeliveryException {
        String key = team + "/" + channel;
        long slot = Math.max(now, Math.max(nextSlot.getOrDefault(key, now), blockedUntil.getOrDefault(team, now)));
        long wait = slot - now;
        if (wait > maxWaitNanos) {
            throw DeliveryException.rateLimited(Duration.ofNanos(wait));
        }
        nextSlot.put(key, slot + intervalNanos);
        if (nextSlot.size() > 100_000) {
            nextSlot.values().removeIf(t -> t < now);
        }
        return wait;
    }
}
