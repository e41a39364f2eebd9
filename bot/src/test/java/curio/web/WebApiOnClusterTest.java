package curio.web;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** The web chat and /health (a keyless PING) on a Redis Cluster. */
@OnLocalRedisCluster
class WebApiOnClusterTest extends WebApiTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
