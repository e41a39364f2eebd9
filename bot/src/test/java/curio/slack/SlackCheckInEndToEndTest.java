package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code checkin} typed on Slack: a DM carries no trigger_id, so Curio answers with the Check in
 * button, whose click opens the modal; {@code /curio checkin} carries one and opens it at once.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackCheckInEndToEndTest extends SlackEngineTest {

    @Test
    void checkinInADmAnswersWithTheButtonThatOpensTheModal() throws Exception {
        assertEquals(200, dm("Ev-ci-start", "UKIM", "start").statusCode());
        await("chat.postMessage", in("DUKIM", "Welcome aboard"));
        int asked = mark();
        assertEquals(200, dm("Ev-ci-1", "UKIM", "checkin").statusCode());
        FakeSlackApi.Call launcher = await("chat.postMessage", after(asked, in("DUKIM", "opens from a button")));
        JsonObject button = button(launcher.param("blocks"), "checkin.open");
        assertTrue(slack.calls("views.open").stream().noneMatch(after(asked, c -> true)), "no trigger, no modal yet");

        assertEquals(200, click("UKIM", "DUKIM", launcher.ts(), button.get("action_id").getAsString(),
                button.get("value").getAsString()).statusCode());
        assertEquals("checkin", opened("trig-UKIM").get("callback_id").getAsString());
    }

    @Test
    void theSlashCommandOpensTheModalAtOnce() throws Exception {
        assertEquals(200, dm("Ev-ci-start-2", "ULIV", "start").statusCode());
        await("chat.postMessage", in("DULIV", "Welcome aboard"));
        assertEquals(200, command("ULIV", "checkin", "trig-liv-1").statusCode());
        assertEquals("checkin", opened("trig-liv-1").get("callback_id").getAsString());
    }
}
