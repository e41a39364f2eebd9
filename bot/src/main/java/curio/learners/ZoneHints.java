package curio.learners;

import curio.chat.UserRef;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time zone last seen for each learner, the most recent {@value #KEPT}: a guess for a step that
 * must reckon the learner's day before it reads them, never the truth (another replica may have
 * moved them). UTC when nothing was seen.
 */
final class ZoneHints {

    static final int KEPT = 10_000;
    private static final ZoneId UNKNOWN = ZoneId.of("UTC");

    private final Map<UserRef, ZoneId> zones = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UserRef, ZoneId> eldest) {
            return size() > KEPT;
        }
    });

    ZoneId guess(UserRef user) {
        return zones.getOrDefault(user, UNKNOWN);
    }

    void seen(UserRef user, ZoneId zone) {
        zones.put(user, zone);
    }
}
