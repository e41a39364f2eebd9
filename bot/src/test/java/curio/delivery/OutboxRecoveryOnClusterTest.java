package curio.delivery;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** Takeovers of a dead sender's entries (delivery-key script, XAUTOCLAIM) on a Redis Cluster. */
@OnLocalRedisCluster
class OutboxRecoveryOnClusterTest extends OutboxRecoveryTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
