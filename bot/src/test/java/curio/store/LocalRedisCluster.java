package curio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;

/**
 * A Redis Cluster of three masters (no replicas) on loopback, from the installed redis-server, in a
 * temporary folder: slots split in three, the nodes introduced with CLUSTER MEET, ready once every
 * node says cluster_state:ok. One per test JVM, started by the first test that asks, stopped and
 * deleted when the JVM exits. Tests see it as {@code REDIS_CLUSTER_NODES} with {@code REDIS_PASSWORD}.
 */
public final class LocalRedisCluster {

    private static final int SLOTS = 16384;
    private static final long READY_MILLIS = 20_000;
    private static LocalRedisCluster shared;

    private final Path dir;
    private final List<RedisProcess> masters = new ArrayList<>();

    private LocalRedisCluster() throws IOException {
        dir = Files.createTempDirectory("curio-redis-cluster");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            for (int i = 0; i < 3; i++) {
                int port = RedisProcess.freePort();
                masters.add(RedisProcess.start(dir.resolve("node-" + port), port, List.of("cluster-enabled yes",
                        "cluster-config-file nodes.conf", "cluster-node-timeout 5000"), false));
            }
            form();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** The JVM's cluster, emptied (FLUSHALL on every master) so each test class starts from nothing. */
    public static synchronized LocalRedisCluster emptied() {
        if (shared == null) {
            try {
                shared = new LocalRedisCluster();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (RedisProcess master : shared.masters) {
            try (Jedis jedis = master.connect(true)) {
                jedis.flushAll();
            }
        }
        return shared;
    }

    /** {@code properties} of a test context, changed to reach this cluster instead of an embedded Redis. */
    public Map<String, String> reachedFrom(Map<String, String> properties) {
        Map<String, String> changed = new HashMap<>(properties);
        changed.put("curio.redis-url", "");
        changed.put("curio.redis-cluster-nodes", nodes());
        changed.put("curio.redis-password", RedisProcess.PASSWORD);
        return changed;
    }

    public String nodes() {
        return masters.stream().map(m -> m.address().toString()).collect(Collectors.joining(","));
    }

    public RedisClusterClient client() {
        return RedisClusterClient.builder().nodes(Set.copyOf(masters.stream().map(RedisProcess::address).toList()))
                .clientConfig(DefaultJedisClientConfig.builder().password(RedisProcess.PASSWORD).build()).build();
    }

    private void form() {
        int per = SLOTS / masters.size();
        for (int i = 0; i < masters.size(); i++) {
            int first = i * per;
            int last = i == masters.size() - 1 ? SLOTS - 1 : first + per - 1;
            try (Jedis node = masters.get(i).connect(true)) {
                node.clusterAddSlotsRange(first, last);
            }
        }
        try (Jedis first = masters.get(0).connect(true)) {
            masters.subList(1, masters.size()).forEach(other -> first.clusterMeet("127.0.0.1", other.port()));
        }
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        for (RedisProcess master : masters) {
            while (!ready(master)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the local Redis Cluster did not reach cluster_state:ok; logs in "
                            + dir);
                }
                RedisProcess.sleep(100);
            }
        }
    }

    private boolean ready(RedisProcess master) {
        try (Jedis node = master.connect(true)) {
            String info = node.clusterInfo();
            return info.contains("cluster_state:ok") && info.contains("cluster_known_nodes:" + masters.size());
        }
    }

    private synchronized void stop() {
        masters.forEach(RedisProcess::close);
        masters.clear();
        RedisProcess.delete(dir);
    }
}
