package curio.delivery;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One entry of a batch while {@link BatchSender} sends it, and how it ended. Its steps run on the
 * {@link OutboxSendPool}, one at a time ({@link #begin}, {@link #end}); {@link #done} completes
 * once it has its outcome, or when it was {@link #release released} between steps.
 */
final class BatchAttempt {

    /** BUSY: another sender holds the claim; RELEASED: not sent before shutdown, left pending. */
    enum Outcome { CLAIMED, BUSY, RELEASED, DUPLICATE, DROPPED, NOTHING_OWED, SENT, RETRY, GONE }

    final OutboxEntry entry;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    Outcome outcome;
    DeliveryComposer.Outgoing outgoing;
    Duration retryAfter = Duration.ZERO;
    long slot;
    /** Whether the entry may have reached the conversation already, so it is looked up before sending. */
    boolean lookUp;
    /** Whether the platform was called for it in this try. */
    boolean called;
    /** Whether its delivery key says sent already (set right after the platform accepted it). */
    boolean marked;
    /**
     * The platform refused the workspace, not this message (429): it is tried again as soon as the
     * {@code Retry-After} has passed, without the outbox's backoff, and the try does not count
     * towards {@code max-attempts}.
     */
    boolean throttled;
    private boolean running;
    private boolean finished;

    BatchAttempt(OutboxEntry entry) {
        this.entry = entry;
    }

    Delivery delivery() {
        return entry.delivery();
    }

    String key() {
        return DeliveryKey.of(entry.delivery());
    }

    void retry(Duration after) {
        outcome = Outcome.RETRY;
        retryAfter = after;
    }

    void throttled(Duration retryAfter) {
        retry(retryAfter);
        throttled = true;
    }

    /** Starts a step; false when the attempt was released meanwhile and the step must not run. */
    synchronized boolean begin() {
        if (finished) {
            return false;
        }
        running = true;
        return true;
    }

    /** Ends a step; {@code last} when the attempt has its outcome. */
    void end(boolean last) {
        synchronized (this) {
            running = false;
            finished |= last;
        }
        if (last) {
            done.complete(null);
        }
    }

    /** Gives the attempt up unless a step is running or it is over: it stays pending for a later run. */
    void release() {
        synchronized (this) {
            if (running || finished) {
                return;
            }
            finished = true;
            outcome = Outcome.RELEASED;
        }
        done.complete(null);
    }
}
