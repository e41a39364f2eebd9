package curio.challenges;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** "Try this too" (learner hash scripts, per-author week sets) on a Redis Cluster. */
@OnLocalRedisCluster
class TryThisTooOnClusterTest extends TryThisTooTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
