package curio.delivery;

import curio.store.Keys;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/**
 * The values of a delivery key ({@link Keys#sentPrefix} + {@link Delivery#idempotencyKey()}):
 * {@code claim:<run>} while a sender of that run holds the entry, {@code sending:<run>} from just
 * before the platform call until the answer, {@code sent} once the platform accepted. A run is a
 * {@link SenderInstance}. A bare {@code claim} was written by a version that named no run.
 */
final class DeliveryKey {

    static final String SENT = "sent";
    static final Duration SENT_TTL = Duration.ofDays(3);
    static final Duration CLAIM_TTL = Duration.ofMinutes(5);
    private static final String CLAIM = "claim:";
    private static final String SENDING = "sending:";
    private static final String TAKE_OVER = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) else return false end";

    private DeliveryKey() {
    }

    static String of(Delivery delivery) {
        return Keys.sentPrefix(delivery.user()) + delivery.idempotencyKey();
    }

    static String claim(String run) {
        return CLAIM + run;
    }

    static String sending(String run) {
        return SENDING + run;
    }

    /** True when the value says the platform may have been called: the send was under way. */
    static boolean wasSending(String value) {
        return value != null && value.startsWith(SENDING);
    }

    /** The run holding the key, when the value names one. */
    static Optional<String> holder(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.startsWith(CLAIM)) {
            return Optional.of(value.substring(CLAIM.length()));
        }
        return value.startsWith(SENDING) ? Optional.of(value.substring(SENDING.length())) : Optional.empty();
    }

    /** Replaces {@code seen} (a crashed run's claim) with {@code run}'s claim, unless it changed meanwhile. */
    static boolean takeOver(UnifiedJedis redis, String key, String seen, String run) {
        Object result = redis.eval(TAKE_OVER, List.of(key), List.of(seen, claim(run), Long.toString(CLAIM_TTL.toMillis())));
        return result != null;
    }
}
