package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.store.Keys;
import curio.store.SharedRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** Two limiters on one Redis stand for two replicas of Curio; the clock they share is Redis'. */
@Timeout(30)
class TenantRateLimiterTest {

    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000 * MILLI;
    /** How late a woken thread may record its send on a loaded 2-core machine (less than Slack's interval here). */
    private static final long JITTER = 60 * MILLI;
    /** Slack 10 a second, Teams 30, web 4. */
    private static final OutboxSettings SETTINGS = new OutboxSettings(null, null, null, null, null, null, null, 10, 30, 4);

    private static SharedRedis server;
    private static UnifiedJedis one;
    private static UnifiedJedis other;

    @BeforeAll
    static void startRedis() {
        server = new SharedRedis();
        one = server.client();
        other = server.client();
    }

    @AfterAll
    static void stopRedis() {
        one.close();
        other.close();
        server.close();
    }

    @Test
    void aWorkspaceIsSentToAtItsRateNotInABurst() {
        TenantRateLimiter limiter = new TenantRateLimiter(one, SETTINGS);
        TenantId acme = new TenantId(Platform.WEB, "acme");
        long start = System.nanoTime();
        long first = limiter.reserve(acme);
        long answered = System.nanoTime();

        List<Long> slots = List.of(first, limiter.reserve(acme), limiter.reserve(acme), limiter.reserve(acme));

        assertTrue(first >= start - 15 * MILLI && first <= answered + 15 * MILLI, "the first slot is now, whatever the round trip took");
        for (int i = 1; i < slots.size(); i++) {
            assertEquals(i * 250.0, (slots.get(i) - first) / (double) MILLI, 15, "slot " + i + " in ms after the first");
        }
    }

    @Test
    void oneBusyWorkspaceDoesNotSlowDownAnother() {
        TenantRateLimiter limiter = new TenantRateLimiter(one, SETTINGS);
        TenantId busy = new TenantId(Platform.SLACK, "busy");
        for (int i = 0; i < 10; i++) {
            limiter.reserve(busy);
        }

        assertTrue(limiter.reserve(new TenantId(Platform.SLACK, "quiet")) - System.nanoTime() <= 0);
    }

    @Test
    void twoReplicasTogetherNeverSendMoreThanTheWorkspacesRate() throws Exception {
        TenantId acme = new TenantId(Platform.SLACK, "T-two-replicas");
        TenantRateLimiter first = new TenantRateLimiter(one, SETTINGS);
        long skew = TimeUnit.HOURS.toNanos(1);
        TenantRateLimiter second = new TenantRateLimiter(other, SETTINGS, () -> System.nanoTime() + skew);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> sent = new ArrayList<>();
        for (TenantRateLimiter replica : List.of(first, first, second, second)) {
            sent.add(senders.submit(() -> {
                List<Long> at = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    assertTrue(replica.await(acme, replica.reserve(acme)));
                    at.add(System.nanoTime());
                }
                return at;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> replica : sent) {
            all.addAll(replica.get(20, TimeUnit.SECONDS));
        }
        senders.shutdown();
        Collections.sort(all);

        int perSecond = SETTINGS.perSecond(Platform.SLACK);
        for (int i = 0; i + perSecond < all.size(); i++) {
            long window = all.get(i + perSecond) - all.get(i);
            assertTrue(window >= SECOND - JITTER, "sends " + i + " to " + (i + perSecond) + " within "
                    + window / MILLI + " ms: more than " + perSecond + " in a second");
        }
    }

    @Test
    void afterAPauseOnOneReplicaTheOtherSendsNothingBeforeItHasPassed() {
        TenantId acme = new TenantId(Platform.SLACK, "T-paused");
        TenantRateLimiter first = new TenantRateLimiter(one, SETTINGS);
        TenantRateLimiter second = new TenantRateLimiter(other, SETTINGS);
        List<Long> reservedBefore = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reservedBefore.add(second.reserve(acme));
        }

        long pausedAt = System.nanoTime();
        first.pause(acme, Duration.ofSeconds(1));
        List<Long> sent = new ArrayList<>();
        for (long slot : reservedBefore) {
            assertTrue(second.await(acme, slot));
            sent.add(System.nanoTime());
        }
        assertTrue(second.await(acme, second.reserve(acme)));
        sent.add(System.nanoTime());

        assertTrue(sent.get(0) >= pausedAt + SECOND, "first send " + (sent.get(0) - pausedAt) / MILLI + " ms after the pause");
        for (int i = 1; i < sent.size(); i++) {
            assertTrue(sent.get(i) - sent.get(i - 1) >= SECOND / SETTINGS.perSecond(Platform.SLACK) - JITTER,
                    "held-back sends leave at the rate, not at once: " + (sent.get(i) - sent.get(i - 1)) / MILLI + " ms");
        }
    }

    @Test
    void anIdleWorkspaceLeavesNothingBehind() {
        TenantId acme = new TenantId(Platform.WEB, "T-idle");
        TenantRateLimiter limiter = new TenantRateLimiter(one, SETTINGS);
        limiter.reserve(acme);
        limiter.reserve(acme);
        limiter.pause(acme, Duration.ofMillis(300));

        long ttl = one.pttl(Keys.sendRate(acme));
        assertTrue(ttl > 0 && ttl <= 1_500, "expires in " + ttl + " ms: a second after its last slot, 500 ms ahead");
    }

    @Test
    void withoutRedisNothingIsSentUnlimited() {
        try (UnifiedJedis gone = RedisClient.builder().hostAndPort(new HostAndPort("127.0.0.1", 1)).build()) {
            TenantRateLimiter limiter = new TenantRateLimiter(gone, SETTINGS);

            assertThrows(JedisConnectionException.class, () -> limiter.reserve(new TenantId(Platform.SLACK, "T1")));
        }
    }
}
