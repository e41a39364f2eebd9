package curio.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.delivery.TestContexts;
import io.micronaut.context.ApplicationContext;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** Replicas on one Redis: each tick of a sweep runs on one of them. */
class SweepLeasesTest {

    private static ApplicationContext context;
    private static UnifiedJedis redis;

    @BeforeAll
    static void start() {
        context = TestContexts.start(TestContexts.newDataDir("sweeps"), Map.of());
        redis = context.getBean(UnifiedJedis.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aTickClaimedByOneReplicaIsSkippedByTheOthers() {
        SweepLeases first = new SweepLeases(redis);
        SweepLeases second = new SweepLeases(redis);
        SweepLeases third = new SweepLeases(redis);
        AtomicInteger runs = new AtomicInteger();

        assertTrue(first.runOnce("boards", Duration.ofSeconds(15), runs::incrementAndGet));
        assertFalse(second.runOnce("boards", Duration.ofSeconds(15), runs::incrementAndGet));
        assertFalse(third.runOnce("boards", Duration.ofSeconds(15), runs::incrementAndGet));
        assertEquals(1, runs.get());
        assertTrue(second.runOnce("digests", Duration.ofSeconds(15), runs::incrementAndGet), "another sweep is free");
    }

    @Test
    void aTickWhileRedisIsAwayIsSkippedNotThrownIntoTheScheduler() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        AtomicInteger runs = new AtomicInteger();
        try (UnifiedJedis away = RedisClient.create("127.0.0.1", closed)) {
            assertFalse(new SweepLeases(away).runOnce("boards-away", Duration.ofSeconds(15), runs::incrementAndGet));
        }
        assertEquals(0, runs.get());
        assertFalse(new SweepLeases(redis).runOnce("digests-failing", Duration.ofSeconds(15), () -> {
            throw new JedisConnectionException("Redis went away in the middle of the tick");
        }));
    }

    @Test
    void theLeaseEndsALittleBeforeTheNextTickSoTheNextTickRunsAgain() {
        SweepLeases leases = new SweepLeases(redis);
        assertTrue(leases.claim("rosters", Duration.ofHours(1)));
        long ttl = redis.pttl(Keys.sweep("rosters"));
        assertTrue(ttl > Duration.ofMinutes(58).toMillis() && ttl <= Duration.ofMinutes(59).toMillis(), "ttl " + ttl);

        assertTrue(leases.claim("quick", Duration.ofMillis(300)));
        assertFalse(new SweepLeases(redis).claim("quick", Duration.ofMillis(300)));
        curio.delivery.Eventually.within(Duration.ofSeconds(2), "the lease to end",
                () -> new SweepLeases(redis).claim("quick", Duration.ofMillis(300)));
    }
}
