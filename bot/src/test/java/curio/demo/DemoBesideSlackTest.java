package curio.demo;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.delivery.ChatAdapters;
import curio.support.FakeChatAdapter;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo clock would move every tenant's day: Curio refuses CURIO_DEMO beside a real platform. */
class DemoBesideSlackTest {

    @Test
    void curioWillNotStartTheDemoBesideSlack() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new DemoController(
                new DemoClock(Clock.systemUTC()), null, new ChatAdapters(List.of(new FakeChatAdapter()))));
        assertTrue(refused.getMessage().contains("unset CURIO_DEMO"), refused.getMessage());
    }
}
