package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.store.LocalRedisCluster;
import curio.store.OnLocalRedisCluster;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Key scans of the Slack adapter on a Redis Cluster, where workspaces' keys live on different masters. */
@OnLocalRedisCluster
class SlackKeyScanOnClusterTest {

    private static final List<TenantId> WORKSPACES = IntStream.range(0, 12)
            .mapToObj(i -> new TenantId(Platform.SLACK, "T" + i)).toList();

    @Test
    void everyWorkspacesInstallationIsFoundWhicheverMasterHoldsIt() {
        try (RedisClusterClient redis = LocalRedisCluster.emptied().client()) {
            WORKSPACES.forEach(t -> redis.set(SlackKeys.installation(t), "sealed"));
            Set<Integer> masters = new HashSet<>();
            WORKSPACES.forEach(t -> masters.add(redis.getConnectionFromSlot(
                    JedisClusterCRC16.getSlot(SlackKeys.installation(t))).getHostAndPort().getPort()));

            Set<String> found = new HashSet<>();
            KeyScan.forEachPage(redis, SlackKeys.installationPatterns().get(0), found::addAll);

            assertEquals(3, masters.size(), "the workspaces are spread over the three masters");
            assertEquals(Set.copyOf(WORKSPACES.stream().map(SlackKeys::installation).toList()), found);
        }
    }

    @Test
    void anUninstallRemovesThatWorkspacesKeysOnly() {
        try (RedisClusterClient redis = LocalRedisCluster.emptied().client()) {
            for (TenantId t : WORKSPACES) {
                redis.set(SlackKeys.installation(t), "sealed");
                redis.set(SlackKeys.installer(t, "U1"), "sealed");
                redis.set(SlackKeys.user(t, "U1"), "profile");
            }
            TenantId leaving = WORKSPACES.get(5);

            SlackInstallations.purge(redis, leaving);

            Set<String> left = new HashSet<>();
            KeyScan.forEachPage(redis, "curio:*", left::addAll);
            assertEquals(WORKSPACES.size() * 3 - 3, left.size());
            assertEquals(Set.of(), Set.copyOf(left.stream().filter(k -> k.contains("{" + leaving.key() + "}")).toList()));
        }
    }
}
