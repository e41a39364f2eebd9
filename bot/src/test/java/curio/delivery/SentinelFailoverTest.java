package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.store.LocalRedisSentinel;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import redis.clients.jedis.exceptions.JedisException;

/** Curio on a Sentinel-watched Redis whose master crashes, or is failed over, in the middle of a fan-out. */
@Tag("redis-sentinel")
@EnabledIf(value = "curio.store.RedisProcess#available",
        disabledReason = "no redis-server at /usr/bin/redis-server (or -Dcurio.test.redis-server): "
                + "no local Sentinel to fail over")
class SentinelFailoverTest {

    private static final TenantId TENANT = new TenantId(Platform.TEAMS, "t-failover");
    private static final int LEARNERS = 240;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMasterCrashMidFanOutLosesNoDeliveryAndSendsNoneTwice() {
        failOverMidFanOut(LocalRedisSentinel::crashMaster);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anOperatorsFailoverMidFanOutLosesNoDeliveryAndSendsNoneTwice() {
        failOverMidFanOut(LocalRedisSentinel::failOver);
    }

    private void failOverMidFanOut(Consumer<LocalRedisSentinel> failover) {
        List<UserRef> learners = IntStream.range(0, LEARNERS).mapToObj(i -> new UserRef(TENANT, "l" + i)).toList();
        try (LocalRedisSentinel redis = new LocalRedisSentinel();
             ApplicationContext curio = TestContexts.start(TestContexts.newDataDir("sentinel"), redis.reachedFrom(Map.of()))) {
            RecordingChatAdapter adapter = curio.getBean(RecordingChatAdapter.class);
            Outbox outbox = curio.getBean(Outbox.class);
            outbox.enqueueAll(learners.stream().map(l -> new Delivery(l, Delivery.Kind.PROMPT, DAY)).toList());
            Eventually.within(Duration.ofSeconds(15), "a quarter sent", () -> adapter.accepted().size() >= LEARNERS / 4);

            failover.accept(redis);
            int sentWhenPromoted = adapter.accepted().size();

            Eventually.within(Duration.ofSeconds(30), "every delivery sent and the outbox empty",
                    () -> adapter.accepted().size() >= LEARNERS && empty(outbox));
            Eventually.pause(Duration.ofSeconds(2)); // past claim-idle (1 s): a lost acknowledgement would resend by now
            assertTrue(sentWhenPromoted < LEARNERS, "the master crashed mid fan-out: " + sentWhenPromoted);
            for (UserRef learner : learners) {
                assertEquals(1, adapter.acceptedFor(learner).size(), learner + " got the prompt exactly once");
            }
            assertEquals(LEARNERS, adapter.accepted().size());
        }
    }

    private static boolean empty(Outbox outbox) {
        try {
            return outbox.length() == 0 && outbox.retrying() == 0;
        } catch (JedisException e) {
            return false;
        }
    }
}
