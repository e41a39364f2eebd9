package curio.delivery;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** The outbox (stream, retry schedule, delivery keys of many workspaces) on a Redis Cluster. */
@OnLocalRedisCluster
class OutboxOnClusterTest extends OutboxTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
