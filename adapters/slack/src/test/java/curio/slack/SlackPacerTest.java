package curio.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.DeliveryException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** Two pacers on one Redis stand for two replicas calling one workspace. */
@Timeout(20)
class SlackPacerTest {

    private static UnifiedJedis one;
    private static UnifiedJedis other;

    @BeforeAll
    static void connect() {
        one = RedisClient.create("127.0.0.1", TestRedis.port());
        other = RedisClient.create("127.0.0.1", TestRedis.port());
    }

    @AfterAll
    static void close() {
        one.close();
        other.close();
    }

    private static SlackPacer pacer(UnifiedJedis redis) {
        return new SlackPacer(redis, Duration.ofSeconds(1), Duration.ofSeconds(5), 1);
    }

    @Test
    void aCallStartedWhileAnothersAnswerIsOnItsWayWaitsForThatAnswerAndItsRetryAfter() throws Exception {
        SlackPacer first = pacer(one);
        SlackPacer second = pacer(other);
        AtomicLong throttledAt = new AtomicLong();
        CompletableFuture<Void> throttled = CompletableFuture.runAsync(() -> assertThrows(DeliveryException.class,
                () -> first.paced("T-inflight", "D1", () -> {
                    sleep(200); // the 429 is on its way back
                    throttledAt.set(System.nanoTime());
                    first.rateLimited("T-inflight", Duration.ofSeconds(1));
                    throw DeliveryException.rateLimited(Duration.ofSeconds(1));
                })));
        sleep(50);

        long started = second.paced("T-inflight", "D2", System::nanoTime);

        throttled.get(5, TimeUnit.SECONDS);
        assertTrue(started - throttledAt.get() >= TimeUnit.SECONDS.toNanos(1),
                "the second call started " + (started - throttledAt.get()) / 1_000_000 + " ms after the 429");
    }

    @Test
    void aBusyChannelIsARetryNotAPauseOfTheWorkspace() throws Exception {
        SlackPacer pacer = new SlackPacer(one, Duration.ofSeconds(10), Duration.ofMillis(100), 1);
        pacer.paced("T-channel", "D1", () -> 0);

        DeliveryException paced = assertThrows(DeliveryException.class, () -> pacer.paced("T-channel", "D1", () -> 0));

        assertTrue(paced.kind() == DeliveryException.Kind.RETRY && paced.retryAfter().toSeconds() >= 9, paced.toString());
        pacer.paced("T-channel", "D2", () -> 0);
    }

    @Test
    void withTwoCallsInFlightAllowedASecondReplicaDoesNotWaitForTheFirstsAnswer() throws Exception {
        SlackPacer first = new SlackPacer(one, Duration.ofSeconds(1), Duration.ofSeconds(5), 2);
        SlackPacer second = new SlackPacer(other, Duration.ofSeconds(1), Duration.ofSeconds(5), 2);
        AtomicLong answered = new AtomicLong();
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return first.paced("T-two", "D1", () -> {
                    sleep(300);
                    answered.set(System.nanoTime());
                    return 0L;
                });
            } catch (DeliveryException e) {
                throw new IllegalStateException(e);
            }
        });
        sleep(50);

        long started = second.paced("T-two", "D2", System::nanoTime);

        slow.get(5, TimeUnit.SECONDS);
        assertTrue(started < answered.get(), "the second call waited for the first one's answer");
    }

    @Test
    void anAnswersPlaceTakenAheadHoldsCappedCallsBackUntilItsPostWentWhichGoesAtOnce() throws Exception {
        SlackPacer pacer = new SlackPacer(one, Duration.ofSeconds(1), Duration.ofSeconds(2), 1);
        SlackPacer impatient = new SlackPacer(one, Duration.ofSeconds(1), Duration.ofMillis(300), 1);
        SlackPacer.Ahead ahead = takeAhead(pacer, "T-ahead", "D1");
        assertTrue(ahead.read(), "the place was not taken");
        assertThrows(DeliveryException.class, () -> impatient.paced("T-ahead", "D2", () -> 0)); // no place in 300 ms

        long start = System.nanoTime();
        pacer.answering("T-ahead", "D1", ahead, () -> 0); // a take of its own would wait for the slot the ahead took
        long first = System.nanoTime() - start;
        impatient.paced("T-ahead", "D2", () -> 0); // the post gave the place back
        long before = System.nanoTime();
        pacer.answering("T-ahead", "D1", ahead, () -> 0); // the ahead is used: this one waits for the channel's slot
        long second = System.nanoTime() - before;

        assertTrue(first < TimeUnit.MILLISECONDS.toNanos(500), "the post on the ahead waited " + first / 1_000_000 + " ms");
        assertTrue(second >= TimeUnit.MILLISECONDS.toNanos(500), "the second post waited only " + second / 1_000_000 + " ms");
    }

    @Test
    void aPlaceTakenAheadThatNoPostUsedIsGivenBackOnceReleased() throws Exception {
        SlackPacer pacer = pacer(one);
        SlackPacer impatient = new SlackPacer(one, Duration.ofSeconds(1), Duration.ofMillis(300), 1);
        SlackPacer.Ahead ahead = takeAhead(pacer, "T-unused", "D1");
        assertTrue(ahead.read(), "the place was not taken");
        assertThrows(DeliveryException.class, () -> impatient.paced("T-unused", "D2", () -> 0));

        ahead.release();

        impatient.paced("T-unused", "D2", () -> 0);
    }

    private static SlackPacer.Ahead takeAhead(SlackPacer pacer, String team, String channel) {
        try (AbstractPipeline pipeline = one.pipelined()) {
            SlackPacer.Ahead ahead = pacer.takeAhead(pipeline, team, channel);
            pipeline.sync();
            return ahead;
        }
    }

    @Test
    void aPlaceNotGivenAheadLeavesThePostToWaitForItsChannel() throws Exception {
        SlackPacer pacer = pacer(one);
        pacer.answering("T-behind", "D1", () -> 0);
        SlackPacer.Ahead ahead = takeAhead(pacer, "T-behind", "D1");

        long start = System.nanoTime();
        boolean taken = ahead.read();
        pacer.answering("T-behind", "D1", ahead, () -> 0);

        assertFalse(taken, "a place was given inside the channel's second");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(800), "the post did not wait for its slot");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
