package curio.habits;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** The streak rules (one Lua script over a learner's hash and day bitmap) on a Redis Cluster. */
@OnLocalRedisCluster
class StreakRulesOnClusterTest extends StreakRulesTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
