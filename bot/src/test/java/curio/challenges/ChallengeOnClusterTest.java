package curio.challenges;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** Challenges (a transaction over one workspace's keys, the open index apart) on a Redis Cluster. */
@OnLocalRedisCluster
class ChallengeOnClusterTest extends ChallengeTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
