package curio.teams;

import curio.chat.UserRef;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

import java.time.Duration;
import java.util.List;

/**
 * What must happen once across restarts and replicas, each a Redis {@code SET NX}: an install
 * (Teams announces it twice; the team greeting follows it), a removal, an answer to a quiz card,
 * and the processing of an activity the Bot Connector may redeliver.
 */
final class TeamsOnce {

    /** Redeliveries of an activity come within minutes. */
    static final Duration ACTIVITY_WINDOW = Duration.ofMinutes(10);
    /** A quiz card is answered within days; after this its mark may go. */
    static final Duration ANSWER_WINDOW = Duration.ofDays(90);
    private static final Duration REMOVAL_WINDOW = Duration.ofDays(1);

    private final UnifiedJedis redis;

    TeamsOnce(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** True the first time Curio is added to the conversation (again after a removal). */
    boolean firstInstall(String tenantId, String conversationId) {
        redis.del(TeamsKeys.removed(tenantId, conversationId));
        return setNx(TeamsKeys.installed(tenantId, conversationId), null);
    }

    /** True the first time Curio is removed from the conversation since it was added. */
    boolean firstRemoval(String tenantId, String conversationId) {
        redis.del(TeamsKeys.installed(tenantId, conversationId));
        return setNx(TeamsKeys.removed(tenantId, conversationId), REMOVAL_WINDOW);
    }

    /** True for the first answer of {@code user} to the card {@code cardId}. */
    boolean firstAnswer(UserRef user, String cardId) {
        return setNx(TeamsKeys.answered(user, cardId), ANSWER_WINDOW);
    }

    /** True the first time the activity id is seen in the tenant within {@link #ACTIVITY_WINDOW}. */
    boolean firstDelivery(String tenantId, String activityId) {
        return setNx(TeamsKeys.activity(tenantId, activityId), ACTIVITY_WINDOW);
    }

    /** Deletes the marks of the cards {@code user} answered. */
    void forget(UserRef user) {
        ScanParams params = new ScanParams().match(TeamsKeys.glob(TeamsKeys.answeredPrefix(user)) + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            List<String> keys = page.getResult();
            if (!keys.isEmpty()) {
                redis.del(keys.toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    private boolean setNx(String key, Duration expiry) {
        SetParams params = SetParams.setParams().nx();
        if (expiry != null) {
            params.ex(expiry.toSeconds());
        }
        return "OK".equals(redis.set(key, "1", params));
    }
}
