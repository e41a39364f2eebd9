package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A form asked for in words: Slack opens a modal only with the trigger_id of a click or a slash
 * command, so without one (a DM) or with one Slack refused (expired after 3 s) the engine's launcher
 * is posted instead, and its button's click brings a trigger.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackFormLauncherTest extends SingleWorkspaceSlackTest {

    static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aSlashCommandsTriggerOpensTheModal() throws Exception {
        assertEquals(200, requests.command(SignedRequests.slashCommand("U1", "new goal", "trig-cmd-1")).statusCode());
        FakeSlackApi.Call open = slack.await("views.open", 1, WAIT).get(0);
        assertEquals("trig-cmd-1", open.param("trigger_id"));
        assertTrue(open.param("view").contains("\"callback_id\":\"goal\""), open.param("view"));
        Thread.sleep(200);
        assertTrue(slack.calls("chat.postMessage").isEmpty(), "no launcher when the modal opened: " + slack.calls());
    }

    @Test
    void aFormAskedForInADmPostsTheLauncherWhoseClickOpensIt() throws Exception {
        assertEquals(200, requests.json(SignedRequests.event("Ev-goal-1", SignedRequests.dm("U2", "new goal"))).statusCode());
        FakeSlackApi.Call launcher = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("D1", launcher.param("channel"));
        assertTrue(launcher.param("blocks").contains("\"action_id\":\"goal.open#0\""), launcher.param("blocks"));
        assertTrue(slack.calls("views.open").isEmpty());
    }

    @Test
    void aTriggerSlackRefusedPostsTheLauncherInstead() throws Exception {
        slack.script("views.open", 200, Map.of(), "{\"ok\":false,\"error\":\"expired_trigger_id\"}");
        assertEquals(200, requests.command(SignedRequests.slashCommand("U3", "new goal", "trig-late")).statusCode());
        FakeSlackApi.Call launcher = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("U3", launcher.param("channel"));
        assertTrue(launcher.param("blocks").contains("goal.open"), launcher.param("blocks"));
        assertEquals("trig-late", slack.calls("views.open").get(0).param("trigger_id"));
    }
}
