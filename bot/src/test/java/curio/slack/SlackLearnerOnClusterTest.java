package curio.slack;

import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.Map;

/** A learner's day through Slack (signed events, the inbox stream and its scripts) on a Redis Cluster. */
@OnLocalRedisCluster
class SlackLearnerOnClusterTest extends SlackLearnerEndToEndTest {

    @Override
    public Map<String, String> getProperties() {
        return LocalRedisCluster.emptied().reachedFrom(super.getProperties());
    }
}
