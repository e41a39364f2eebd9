package curio.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import redis.clients.jedis.HostAndPort;

/**
 * Where Redis is, one of: {@code REDIS_URL} (curio.redis-url) for one server; {@code REDIS_SENTINELS}
 * (host:port,...) with {@code REDIS_MASTER_NAME} for a Sentinel-watched master; {@code REDIS_CLUSTER_NODES}
 * (host:port,...) for a Redis Cluster. {@code REDIS_PASSWORD} signs in to Sentinel's master and to Cluster
 * nodes (with REDIS_URL the password goes in the URL). None set: an embedded Redis server keeping an
 * append-only file under {@code CURIO_DATA_DIR} (curio.data-dir, default ./data).
 */
@ConfigurationProperties("curio")
public record RedisSettings(String redisUrl, Path dataDir, @Nullable String redisSentinels,
                            @Nullable String redisMasterName, @Nullable String redisClusterNodes,
                            @Nullable String redisPassword) {

    public RedisSettings {
        redisUrl = trim(redisUrl);
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        redisSentinels = trim(redisSentinels);
        redisMasterName = trim(redisMasterName);
        redisClusterNodes = trim(redisClusterNodes);
        redisPassword = redisPassword == null ? "" : redisPassword;
        int topologies = (redisUrl.isEmpty() ? 0 : 1) + (redisSentinels.isEmpty() ? 0 : 1)
                + (redisClusterNodes.isEmpty() ? 0 : 1);
        if (topologies > 1) {
            throw new IllegalArgumentException("Set only one of REDIS_URL, REDIS_SENTINELS and REDIS_CLUSTER_NODES: "
                    + "they are three ways to reach Redis (" + named(redisUrl, redisSentinels, redisClusterNodes)
                    + " are set)");
        }
        if (redisSentinels.isEmpty() != redisMasterName.isEmpty()) {
            throw new IllegalArgumentException(redisSentinels.isEmpty()
                    ? "REDIS_MASTER_NAME is set but REDIS_SENTINELS is not: set REDIS_SENTINELS (host:26379,host:26379)"
                    : "REDIS_SENTINELS is set but REDIS_MASTER_NAME is not: set it to the master's name in "
                    + "sentinel.conf (sentinel monitor <name> ...)");
        }
        if (!redisPassword.isEmpty() && topologies == 0) {
            throw new IllegalArgumentException("REDIS_PASSWORD is set but no Redis is (REDIS_SENTINELS or "
                    + "REDIS_CLUSTER_NODES); the embedded Redis makes its own password");
        }
        if (!redisPassword.isEmpty() && !redisUrl.isEmpty()) {
            throw new IllegalArgumentException("REDIS_PASSWORD is set with REDIS_URL: put the password in the URL "
                    + "(redis://:password@host:6379) and unset REDIS_PASSWORD");
        }
        if (!redisSentinels.isEmpty()) {
            nodes("REDIS_SENTINELS", redisSentinels);
        }
        if (!redisClusterNodes.isEmpty()) {
            nodes("REDIS_CLUSTER_NODES", redisClusterNodes);
        }
    }

    private static String named(String redisUrl, String redisSentinels, String redisClusterNodes) {
        return String.join(" and ", Stream.of(
                redisUrl.isEmpty() ? null : "REDIS_URL",
                redisSentinels.isEmpty() ? null : "REDIS_SENTINELS",
                redisClusterNodes.isEmpty() ? null : "REDIS_CLUSTER_NODES").filter(Objects::nonNull).toList());
    }

    public boolean embedded() {
        return redisUrl.isEmpty() && redisSentinels.isEmpty() && redisClusterNodes.isEmpty();
    }

    public boolean sentinel() {
        return !redisSentinels.isEmpty();
    }

    public boolean cluster() {
        return !redisClusterNodes.isEmpty();
    }

    public Set<HostAndPort> sentinels() {
        return nodes("REDIS_SENTINELS", redisSentinels);
    }

    public Set<HostAndPort> clusterNodes() {
        return nodes("REDIS_CLUSTER_NODES", redisClusterNodes);
    }

    /** "host:port,host:port" as addresses; a message naming {@code variable} when an entry is not host:port. */
    static Set<HostAndPort> nodes(String variable, String list) {
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        for (String entry : list.split(",")) {
            String node = entry.trim();
            if (node.isEmpty()) {
                continue;
            }
            int colon = node.lastIndexOf(':');
            try {
                int port = Integer.parseInt(node.substring(colon + 1));
                if (colon <= 0 || port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                nodes.add(new HostAndPort(node.substring(0, colon), port));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " must list host:port entries separated by commas, "
                        + "like redis-1:6379,redis-2:6379; \"" + node + "\" is not host:port");
            }
        }
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException(variable + " lists no host:port");
        }
        return nodes;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
