package curio.slack;

import com.slack.api.bolt.service.OAuthStateService;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/** OAuth {@code state} values live in Redis for ten minutes, so any replica can finish an install. */
final class SlackOAuthStates implements OAuthStateService {

    private final RedisClient redis;

    SlackOAuthStates(RedisClient redis) {
        this.redis = redis;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        redis.set(SlackKeys.OAUTH_STATE + state, "1", SetParams.setParams().ex(getExpirationInSeconds()));
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return redis.exists(SlackKeys.OAUTH_STATE + state);
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        redis.del(SlackKeys.OAUTH_STATE + state);
    }
}
