package curio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;

/**
 * A master, one replica and three sentinels watching them (quorum 2, a master is down after 1 s
 * without answer), from the installed redis-server on loopback, in a temporary folder. Closing it
 * stops every process and deletes the folder. Tests see it as {@code REDIS_SENTINELS} +
 * {@code REDIS_MASTER_NAME} with {@code REDIS_PASSWORD}.
 */
public final class LocalRedisSentinel implements AutoCloseable {

    public static final String MASTER_NAME = "curio";
    private static final long READY_MILLIS = 20_000;

    private final Path dir;
    private final List<RedisProcess> nodes = new ArrayList<>();
    private final List<RedisProcess> sentinels = new ArrayList<>();

    public LocalRedisSentinel() {
        try {
            dir = Files.createTempDirectory("curio-redis-sentinel");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            int masterPort = RedisProcess.freePort();
            nodes.add(RedisProcess.start(dir.resolve("master"), masterPort, List.of(), false));
            int replicaPort = RedisProcess.freePort();
            nodes.add(RedisProcess.start(dir.resolve("replica"), replicaPort,
                    List.of("replicaof 127.0.0.1 " + masterPort), false));
            await("the replica to follow the master", () -> info(nodes.get(1), "master_link_status:up"));
            for (int i = 0; i < 3; i++) {
                int port = RedisProcess.freePort();
                sentinels.add(RedisProcess.start(dir.resolve("sentinel-" + i), port, List.of(
                        "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + masterPort + " 2",
                        "sentinel auth-pass " + MASTER_NAME + " " + RedisProcess.PASSWORD,
                        "sentinel down-after-milliseconds " + MASTER_NAME + " 1000",
                        "sentinel failover-timeout " + MASTER_NAME + " 10000"), true));
            }
            await("the sentinels to know each other and the replica", () -> sentinels.stream().allMatch(sentinel -> {
                try (Jedis jedis = sentinel.connect(false)) {
                    Map<String, String> master = jedis.sentinelMaster(MASTER_NAME);
                    return "2".equals(master.get("num-other-sentinels")) && "1".equals(master.get("num-slaves"));
                }
            }));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** {@code properties} of a test context, changed to reach the master through the sentinels. */
    public Map<String, Object> reachedFrom(Map<String, Object> properties) {
        Map<String, Object> changed = new HashMap<>(properties);
        changed.put("curio.redis-url", "");
        changed.put("curio.redis-sentinels", sentinels.stream().map(s -> s.address().toString())
                .collect(Collectors.joining(",")));
        changed.put("curio.redis-master-name", MASTER_NAME);
        changed.put("curio.redis-password", RedisProcess.PASSWORD);
        return changed;
    }

    /** The port of the master, as the sentinels name it. */
    public int masterPort() {
        try (Jedis jedis = sentinels.get(0).connect(false)) {
            return Integer.parseInt(jedis.sentinelGetMasterAddrByName(MASTER_NAME).get(1));
        }
    }

    /** Kills the master as a crash would, and waits until the sentinels have promoted the replica. */
    public void crashMaster() {
        int old = masterPort();
        nodes.stream().filter(n -> n.port() == old).findFirst().orElseThrow().kill();
        await("the sentinels to promote the replica", () -> masterPort() != old);
    }

    /** An operator's SENTINEL FAILOVER: the replica is promoted while the master still runs (and then follows it). */
    public void failOver() {
        int old = masterPort();
        try (Jedis jedis = sentinels.get(0).connect(false)) {
            jedis.sentinelFailover(MASTER_NAME);
        }
        await("the sentinels to promote the replica", () -> masterPort() != old);
    }

    private static boolean info(RedisProcess node, String line) {
        try (Jedis jedis = node.connect(true)) {
            return jedis.info("replication").contains(line);
        }
    }

    private void await(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("waited in vain for " + what + "; logs in " + dir);
            }
            RedisProcess.sleep(100);
        }
    }

    @Override
    public void close() {
        sentinels.forEach(RedisProcess::close);
        nodes.forEach(RedisProcess::close);
        RedisProcess.delete(dir);
    }
}
