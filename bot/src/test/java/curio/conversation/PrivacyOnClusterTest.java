package curio.conversation;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** Export, erase and workspace purge (key scans by pattern) on a Redis Cluster. */
@OnLocalRedisCluster
class PrivacyOnClusterTest extends PrivacyTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
