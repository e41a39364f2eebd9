package curio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.Outbox;
import curio.schedule.CohortScheduler;
import curio.schedule.LearnerSchedule;
import curio.store.Keys;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;

/**
 * 100,000 learners due in the same minute: one cohort fire, through the outbox, to a no-op
 * adapter. By default the learners are spread over 1,000 workspaces of 100, each under the default
 * limit of 30 messages a second. Run with -Xmx256m (see BENCHMARKS.md).
 */
@Tag("benchmark")
class FanOutBenchmark {

    private static final int LEARNERS = 100_000;
    /** -Dbench.workspaces=1 -Dbench.per-second=1000000 measures the outbox without the rate limit. */
    private static final int WORKSPACES = Integer.getInteger("bench.workspaces", 1_000);
    private static final int PER_WORKSPACE = LEARNERS / WORKSPACES;
    private static final String PER_SECOND = System.getProperty("bench.per-second", "30");
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void aHundredThousandLearnersDueInOneMinuteAreServedWithin30Seconds() throws IOException, InterruptedException {
        Map<String, Object> props = Map.of(
                "curio.data-dir", Files.createTempDirectory("curio-bench").toString(),
                "curio.redis-url", "",
                "micronaut.server.port", "-1",
                "curio.outbox.teams-per-second", PER_SECOND);
        try (ApplicationContext context = ApplicationContext.run(props, "bench")) {
            CohortScheduler scheduler = context.getBean(CohortScheduler.class);
            NoopChatAdapter adapter = context.getBean(NoopChatAdapter.class);
            Outbox outbox = context.getBean(Outbox.class);
            String cohort = enrol(scheduler, context.getBean(UnifiedJedis.class));

            HeapPeak heap = new HeapPeak();
            System.gc();
            heap.reset();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(heap::sample, 0, 20, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            scheduler.fireNow(cohort);
            long deadline = start + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while ((adapter.sent() < LEARNERS || outbox.length() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.shutdownNow();
            heap.sample();

            System.out.printf("FAN-OUT %,d learners in %,d workspaces at %s msg/s each: drained in %.2f s (%.0f msg/s); "
                            + "heap peak %.1f MB (sum of pool peaks), %.1f MB (sampled); max heap %.0f MB; sent %,d%n",
                    LEARNERS, WORKSPACES, PER_SECOND, seconds, LEARNERS / seconds, mb(heap.poolPeaksBytes()),
                    mb(heap.sampledBytes()), mb(HeapPeak.maxHeapBytes()), adapter.sent());
            assertEquals(LEARNERS, adapter.sent());
            assertEquals(0, outbox.length());
            assertTrue(seconds <= 30, "drained in " + seconds + " s");
        }
    }

    /** One learner through the API (the cohort and its trigger), the rest straight into the member set. */
    private static String enrol(CohortScheduler scheduler, UnifiedJedis redis) {
        LearnerSchedule schedule = new LearnerSchedule(ZoneId.of("UTC"), LocalTime.of(4, 0), LocalTime.of(16, 0),
                EnumSet.allOf(DayOfWeek.class));
        scheduler.schedule(user(0, 0), schedule);
        String cohort = "UTC|04:00|MON-SUN|PROMPT";
        for (int w = 0; w < WORKSPACES; w++) {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                for (int i = 0; i < PER_WORKSPACE; i++) {
                    pipeline.sadd(Keys.cohort(cohort), user(w, i).key());
                }
                pipeline.sync();
            }
        }
        assertEquals(LEARNERS, redis.scard(Keys.cohort(cohort)));
        return cohort;
    }

    private static UserRef user(int workspace, int learner) {
        return new UserRef(new TenantId(Platform.TEAMS, "bench-" + workspace), "U" + learner);
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
