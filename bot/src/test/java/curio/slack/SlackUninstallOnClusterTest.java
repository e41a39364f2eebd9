package curio.slack;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** A workspace's uninstall (the engine's purge and the Slack adapter's) on a Redis Cluster. */
@OnLocalRedisCluster
class SlackUninstallOnClusterTest extends SlackUninstallEndToEndTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
