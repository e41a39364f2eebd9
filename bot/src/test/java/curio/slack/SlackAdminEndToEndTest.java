package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Admin rights follow Slack: a workspace admin who is demoted loses Curio's admin commands within the hour. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackAdminEndToEndTest extends SlackEngineTest {

    private void says(String eventId, String text, String expected) throws Exception {
        int mark = mark();
        assertEquals(200, dm(eventId, "UBOSS", text).statusCode());
        await("chat.postMessage", after(mark, in("DUBOSS", expected)));
    }

    @Test
    void aDemotedAdminLosesAdminCommandsWithinTheHour() throws Exception {
        says("Ev-boss-1", "admin stats", "enrolled");
        slack.notAdmin("UBOSS");
        clock.advance(Duration.ofMinutes(61));
        says("Ev-boss-2", "admin stats", "Only workspace admins");
    }
}
