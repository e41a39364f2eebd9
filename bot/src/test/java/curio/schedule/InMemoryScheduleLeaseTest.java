package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.delivery.TestContexts;
import curio.store.Keys;
import curio.store.SharedRedis;
import io.micronaut.context.ApplicationContext;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** Without QUARTZ_JDBC_URL one Curio owns the schedule on a Redis; a second one is refused. */
class InMemoryScheduleLeaseTest {

    private static SharedRedis server;
    private static UnifiedJedis redis;

    @BeforeAll
    static void startRedis() {
        server = new SharedRedis();
        redis = server.client();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
        server.close();
    }

    @BeforeEach
    void noLease() {
        redis.del(Keys.IN_MEMORY_SCHEDULE);
    }

    @Test
    void aSecondCurioOnTheSameRedisWithoutQuartzJdbcUrlRefusesToStart() {
        try (ApplicationContext first = replica(3101)) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> replica(3102).close());
            assertTrue(messages(refused).contains(InMemoryScheduleLease.REFUSAL), messages(refused));
            assertTrue(first.getBean(CohortScheduler.class).triggeredCohorts().isEmpty());
        }
    }

    @Test
    void theLeaseIsReleasedOnStopSoAnotherCurioMayThenStart() {
        replica(3101).close();
        assertEquals(0, redis.exists(Keys.IN_MEMORY_SCHEDULE) ? 1 : 0);
        try (ApplicationContext second = replica(3102)) {
            assertTrue(redis.get(Keys.IN_MEMORY_SCHEDULE).startsWith(host() + ":3102|"));
        }
    }

    @Test
    void aReplicaKilledWithoutStoppingIsRestartedAtOnceOnTheSameHostAndPort() throws Exception {
        // what kill -9 leaves behind: the lease of the dead run, still ticking down
        redis.set(Keys.IN_MEMORY_SCHEDULE, host() + ":3101|dead-run", SetParams.setParams().px(15_000));
        try (ApplicationContext again = replica(3101)) {
            String holder = redis.get(Keys.IN_MEMORY_SCHEDULE);
            assertTrue(holder.startsWith(host() + ":3101|") && !holder.endsWith("dead-run"), holder);
        }
    }

    @Test
    void aKilledReplicasLeaseElsewhereExpiresWithinFifteenSeconds() {
        redis.set(Keys.IN_MEMORY_SCHEDULE, "elsewhere:3000|dead-run", SetParams.setParams().px(15_000));
        assertThrows(RuntimeException.class, () -> replica(3101).close());
        assertTrue(redis.pttl(Keys.IN_MEMORY_SCHEDULE) <= InMemoryScheduleLease.TTL.toMillis());
        redis.pexpire(Keys.IN_MEMORY_SCHEDULE, 1);   // fifteen seconds later
        curio.delivery.Eventually.within(java.time.Duration.ofSeconds(2), "expired",
                () -> !redis.exists(Keys.IN_MEMORY_SCHEDULE));
        replica(3101).close();
    }

    private static ApplicationContext replica(int port) {
        Map<String, Object> props = new HashMap<>(TestContexts.properties(TestContexts.newDataDir("lease")));
        props.put("curio.redis-url", server.url());
        props.put("micronaut.server.port", Integer.toString(port));
        return ApplicationContext.run(props, "delivery-test");
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String host() throws RuntimeException {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
