package curio.delivery;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The delivery keys this run's batches are working on, with how many batches each. A key claimed by
 * this run that no other batch of it holds was left by a batch a Redis error cut short (a failover,
 * say): it may be taken over at once instead of after {@link DeliveryKey#CLAIM_TTL}.
 */
final class HeldDeliveries {

    private final ConcurrentHashMap<String, Integer> batches = new ConcurrentHashMap<>();

    void hold(String key) {
        batches.merge(key, 1, Integer::sum);
    }

    void release(String key) {
        batches.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
    }

    /** Whether a batch other than the asking one (which holds the key too) works on it. */
    boolean heldByAnother(String key) {
        return batches.getOrDefault(key, 0) > 1;
    }
}
