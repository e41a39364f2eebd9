package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Slow platforms: the sends of a batch are in flight together, each workspace still within its rate. */
class OutboxInFlightTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Test
    void fortyLearnersOfTenWorkspacesOnASlowPlatformAreAllPromptedWithinOneSendTime() {
        List<UserRef> learners = IntStream.range(0, 40)
                .mapToObj(i -> new UserRef(new TenantId(Platform.TEAMS, "t-slow-" + i % 10), "l" + i)).toList();
        try (ApplicationContext running = TestContexts.start(TestContexts.newDataDir("in-flight"),
                Map.of("test.adapter.send-delay", "1500ms"))) {
            RecordingChatAdapter adapter = running.getBean(RecordingChatAdapter.class);
            Outbox outbox = running.getBean(Outbox.class);
            long start = System.nanoTime();
            outbox.enqueueAll(learners.stream().map(l -> new Delivery(l, Delivery.Kind.PROMPT, DAY)).toList());

            Eventually.within(Duration.ofSeconds(10), "every learner prompted", () -> adapter.accepted().size() == 40);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "one after another would take a minute; took " + took);
        }
    }

    @Test
    void aWorkspaceOverItsRateWaitsForItsSlotsWhileAnotherIsServedAtOnce() {
        TenantId busy = new TenantId(Platform.TEAMS, "t-busy");
        TenantId quiet = new TenantId(Platform.TEAMS, "t-quiet");
        List<UserRef> learners = IntStream.range(0, 12).mapToObj(i -> new UserRef(busy, "b" + i)).toList();
        try (ApplicationContext running = TestContexts.start(TestContexts.newDataDir("in-flight-rate"),
                Map.of("curio.outbox.teams-per-second", "4", "curio.outbox.batch-size", "20"))) {
            RecordingChatAdapter adapter = running.getBean(RecordingChatAdapter.class);
            Outbox outbox = running.getBean(Outbox.class);
            UserRef lone = new UserRef(quiet, "q");
            List<Delivery> deliveries = new java.util.ArrayList<>(learners.stream()
                    .map(l -> new Delivery(l, Delivery.Kind.PROMPT, DAY)).toList());
            deliveries.add(new Delivery(lone, Delivery.Kind.PROMPT, DAY));
            outbox.enqueueAll(deliveries);

            Eventually.within(Duration.ofSeconds(10), "every learner prompted", () -> adapter.accepted().size() == 13);
            List<RecordingChatAdapter.Send> toBusy = adapter.accepted().stream().filter(s -> s.to().contains("t-busy")).toList();
            Duration spread = Duration.between(toBusy.get(0).at(), toBusy.get(toBusy.size() - 1).at());
            assertTrue(spread.compareTo(Duration.ofMillis(1_800)) >= 0, "4 at once, then 4 a second: 12 take 2 s; took " + spread);
            Duration quietWaited = Duration.between(toBusy.get(0).at(), adapter.acceptedFor(lone).get(0).at());
            assertTrue(quietWaited.compareTo(Duration.ofMillis(500)) < 0, "the quiet workspace waited " + quietWaited);
            assertEquals(12, toBusy.size());
        }
    }
}
