package curio.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxDrainTest {

    private static final TenantId TENANT = new TenantId(Platform.TEAMS, "t-drain");

    @Test
    void stoppingCurioFinishesTheSendsInFlightAndLeavesNothingBehind() {
        Path data = TestContexts.newDataDir("drain");
        List<UserRef> learners = IntStream.range(0, 4).mapToObj(i -> new UserRef(TENANT, "slow-" + i)).toList();
        RecordingChatAdapter adapter;
        RecordingComposer composer;
        try (ApplicationContext running = TestContexts.start(data, Map.of("test.adapter.send-delay", "700ms"))) {
            adapter = running.getBean(RecordingChatAdapter.class);
            composer = running.getBean(RecordingComposer.class);
            Outbox outbox = running.getBean(Outbox.class);
            learners.forEach(l -> outbox.enqueue(new Delivery(l, Delivery.Kind.PROMPT, LocalDate.of(2026, 3, 9))));
            Eventually.within(Duration.ofSeconds(5), "four sends in flight", () -> adapter.started() == 4);
        }

        assertEquals(4, adapter.accepted().size());
        assertEquals(4, composer.delivered.size());
        try (ApplicationContext again = TestContexts.start(data, Map.of())) {
            assertEquals(0, again.getBean(Outbox.class).length());
            Eventually.pause(Duration.ofMillis(500));
            assertEquals(0, again.getBean(RecordingChatAdapter.class).accepted().size());
        }
    }
}
