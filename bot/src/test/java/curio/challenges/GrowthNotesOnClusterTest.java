package curio.challenges;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** Growth talk notes (once-a-quarter marks beside the workspace's keys) on a Redis Cluster. */
@OnLocalRedisCluster
class GrowthNotesOnClusterTest extends GrowthNotesTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
