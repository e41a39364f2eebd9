package curio.content;

import curio.chat.TenantId;
import java.util.Optional;

/**
 * Finds a teammate's check-in again from its reference ("Try this too"), only while its author
 * still shares it and it still exists, so a learner is never served words their author withdrew.
 */
public interface SharedCheckIns {

    /** The author's name and words (raw: escape before posting). */
    record CheckIn(String name, String text) {
    }

    /** The check-in {@code reference} names, if its author still shares it. */
    Optional<CheckIn> shared(TenantId tenant, String reference);
}
