package curio.bench;

import curio.chat.UserRef;
import curio.habits.LearningDay;
import curio.habits.StreakRules;
import curio.learners.LearnerStore;
import curio.support.Chat;
import curio.store.EmbeddedRedis;
import curio.store.RedisSettings;
import curio.support.CountingJedis;
import curio.support.EngineTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.PooledConnectionProvider;

/**
 * Streak updates against a real Redis: client round trips per check-in (counted by {@link CountingJedis}
 * at the Jedis command executor, i.e. what crosses the network) and updates per second from 4 threads.
 * Run: see BENCHMARKS.md.
 */
@MicronautTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreakBenchmark implements EngineTest {

    static final int LEARNERS = 2_000;
    static final int DAYS = 20;
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Inject
    UnifiedJedis redis;
    @Inject
    LearnerStore learners;
    @Inject
    EmbeddedRedis embedded;
    @Inject
    RedisSettings settings;

    @Test
    void streakUpdates() throws Exception {
        redis.flushAll();
        for (int i = 0; i < LEARNERS; i++) {
            learners.enrol(Chat.user("b" + i), "B", ZoneId.of("UTC"), Locale.ENGLISH, START);
        }
        HostAndPort address = embedded.address().orElseGet(() -> {
            URI uri = URI.create(settings.redisUrl());
            return new HostAndPort(uri.getHost(), uri.getPort());
        });
        try (UnifiedJedis measured = new CountingJedis(new PooledConnectionProvider(address, embedded.clientConfig()),
                embedded.clientConfig())) {
            {
                StreakRules rules = new StreakRules(measured);
                rules.learn(Chat.user("b1"), START.minusDays(1));
                double perCheckIn = CountingJedis.count(() -> {
                    for (int i = 0; i < 1000; i++) {
                        rules.learn(Chat.user("b" + i), START);
                    }
                }) / 1000.0;

                ExecutorService pool = Executors.newFixedThreadPool(4);
                long begin = System.nanoTime();
                List<Future<?>> jobs = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    jobs.add(pool.submit(() -> {
                        for (int day = 1; day <= DAYS; day++) {
                            for (int i = thread; i < LEARNERS; i += 4) {
                                rules.learn(Chat.user("b" + i), START.plusDays(day));
                            }
                        }
                    }));
                }
                for (Future<?> job : jobs) {
                    job.get(5, TimeUnit.MINUTES);
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                pool.shutdown();
                long updates = (long) LEARNERS * DAYS;
                System.out.printf("BENCHMARK streak: %.2f Redis round trips per check-in (1,000 check-ins)%n", perCheckIn);
                System.out.printf("BENCHMARK streak: %,d updates in %.2f s = %,.0f updates/s (4 threads)%n",
                        updates, seconds, updates / seconds);
                if (perCheckIn != 1.0) {
                    throw new AssertionError("a check-in must be one round trip, was " + perCheckIn);
                }
            }
        }
        UserRef sample = Chat.user("b7");
        System.out.println("BENCHMARK streak: sample learner hash " + redis.hgetAll(curio.store.Keys.learner(sample)));
        System.out.println("BENCHMARK streak: learning day now in UTC = " + LearningDay.of(java.time.Instant.now(), ZoneId.of("UTC")));
    }
}
