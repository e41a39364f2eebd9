package curio.delivery;

import java.time.Duration;

/** One entry of a batch while {@link BatchSender} sends it, and how it ended. */
final class BatchAttempt {

    /** BUSY: another sender holds the claim; RELEASED: not sent before shutdown, left pending. */
    enum Outcome { CLAIMED, BUSY, RELEASED, DUPLICATE, DROPPED, NOTHING_OWED, SENT, RETRY, GONE }

    final OutboxEntry entry;
    Outcome outcome;
    DeliveryComposer.Outgoing outgoing;
    Duration retryAfter = Duration.ZERO;
    long slot;
    /** Whether the entry may have reached the conversation already, so it is looked up before sending. */
    boolean lookUp;
    /** Whether the platform was called for it in this try. */
    boolean called;
    /**
     * The platform refused the workspace, not this message (429): it is tried again as soon as the
     * {@code Retry-After} has passed, without the outbox's backoff, and the try does not count
     * towards {@code max-attempts}.
     */
    boolean throttled;

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
}
