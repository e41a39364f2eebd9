package curio.delivery;

import curio.chat.UserRef;
import java.time.LocalDate;
import java.util.Map;

/**
 * One outbox stream entry: a {@link Delivery} and how many sends were tried already. It is stored
 * as a single field {@code e} holding {@code user-key TAB kind TAB day TAB attempt}, plus
 * {@code TAB ?} when an earlier try may have reached the platform ({@link #uncertain}: a timeout
 * after the call); the retry set holds the same text, so a due retry moves back into the stream
 * without decoding.
 */
record OutboxEntry(String id, Delivery delivery, int attempt, boolean uncertain) {

    static final String FIELD = "e";
    private static final String UNCERTAIN = "?";

    OutboxEntry(String id, Delivery delivery, int attempt) {
        this(id, delivery, attempt, false);
    }

    static String encode(Delivery delivery, int attempt) {
        return delivery.user().key() + '\t' + delivery.kind() + '\t' + delivery.day() + '\t' + attempt;
    }

    static Map<String, String> fields(Delivery delivery) {
        return Map.of(FIELD, encode(delivery, 0));
    }

    /** Decodes a stream entry; throws IllegalArgumentException on anything else. */
    static OutboxEntry decode(String id, Map<String, String> fields) {
        String text = fields == null ? null : fields.get(FIELD);
        if (text == null) {
            throw new IllegalArgumentException("outbox entry " + id + " has no field " + FIELD);
        }
        String[] parts = text.split("\t");
        if (parts.length != 4 && !(parts.length == 5 && UNCERTAIN.equals(parts[4]))) {
            throw new IllegalArgumentException("outbox entry " + id + " is not user/kind/day/attempt: " + text);
        }
        Delivery delivery = new Delivery(UserRef.parse(parts[0]), Delivery.Kind.valueOf(parts[1]),
                LocalDate.parse(parts[2]));
        return new OutboxEntry(id, delivery, Integer.parseInt(parts[3]), parts.length == 5);
    }

    /** The retry of this entry; {@code uncertain} when this try may have reached the platform. */
    String encodeNextAttempt(boolean uncertain) {
        return encode(delivery, attempt + 1) + (uncertain ? '\t' + UNCERTAIN : "");
    }

    /** This entry again, as if this try had not happened (the platform never looked at it). */
    String encodeAgain(boolean uncertain) {
        return encode(delivery, attempt) + (uncertain ? '\t' + UNCERTAIN : "");
    }
}
