package curio.schedule;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** Cohorts, their members and the fan-out on a Redis Cluster. */
@OnLocalRedisCluster
class CohortSchedulerOnClusterTest extends CohortSchedulerTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
