package curio.slack;

import com.slack.api.bolt.service.OAuthStateService;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * OAuth {@code state} values live in Redis for ten minutes, so any replica can finish an install.
 * A state is good for one callback: {@link #isAvailableInDatabase} takes it with GETDEL, so two
 * callbacks racing with the same state cannot both pass (Bolt checks, then deletes, in two steps).
 */
final class SlackOAuthStates implements OAuthStateService {

    private final UnifiedJedis redis;

    SlackOAuthStates(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        redis.set(SlackKeys.OAUTH_STATE + state, "1", SetParams.setParams().ex(getExpirationInSeconds()));
    }

    /** True once per issued state: the check consumes it. */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return state != null && redis.getDel(SlackKeys.OAUTH_STATE + state) != null;
    }

    /** Already gone after {@link #isAvailableInDatabase}; kept for callers that delete without checking. */
    @Override
    public void deleteStateFromDatastore(String state) {
        redis.del(SlackKeys.OAUTH_STATE + state);
    }
}
