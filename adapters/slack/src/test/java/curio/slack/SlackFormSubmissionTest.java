package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Modal submissions: a form the engine refuses stays open with the error under the field (the
 * ack's {@code response_action: errors}), an accepted one closes, and a slow engine never makes
 * Curio miss Slack's 3 s.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackFormSubmissionTest extends SingleWorkspaceSlackTest {

    static final Duration WAIT = Duration.ofSeconds(5);


    /** A submission of the one-field modal {@code callbackId}, as Slack sends it: the view's blocks and state. */
    static String submission(String user, String callbackId, String goal) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"" + user + "\"},"
                + "\"trigger_id\":\"trig-" + user + "\",\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\""
                + callbackId + "\",\"private_metadata\":\"\",\"blocks\":[{\"type\":\"input\",\"block_id\":\"goal\","
                + "\"label\":{\"type\":\"plain_text\",\"text\":\"Goal\"},\"element\":{\"type\":\"plain_text_input\","
                + "\"action_id\":\"goal\"}}],\"state\":{\"values\":{\"goal\":{\"goal\":{\"type\":\"plain_text_input\","
                + "\"value\":" + new com.google.gson.Gson().toJson(goal) + "}}}}}}";
    }

    @Test
    void aRefusedFormStaysOpenWithTheErrorUnderTheField() throws Exception {
        HttpResponse<String> ack = requests.form(submission("U1", "goal", "read every paper on arXiv"));
        assertEquals(200, ack.statusCode());
        JsonObject body = JsonParser.parseString(ack.body()).getAsJsonObject();
        assertEquals("errors", body.get("response_action").getAsString(), ack.body());
        assertEquals("The goal is 25 characters; keep it under 10.", body.getAsJsonObject("errors").get("goal").getAsString());
        assertEquals(1, body.getAsJsonObject("errors").size(), ack.body());
        Thread.sleep(300);
        assertTrue(slack.calls("chat.postMessage").isEmpty(), "the error is under the field, not a message: " + slack.calls());
    }

    @Test
    void anAcceptedFormClosesAndTheEnginesReplyIsPosted() throws Exception {
        HttpResponse<String> ack = requests.form(submission("U2", "goal", "3 tools"));
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body() == null || ack.body().isEmpty(), "a plain ack closes the modal: " + ack.body());
        FakeSlackApi.Call reply = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("U2", reply.param("channel"));
        assertTrue(reply.param("blocks").contains("Goal set: 3 tools"), reply.param("blocks"));
    }

    @Test
    void aSlowEngineStillGetsTheAckInTimeAndItsLateErrorBecomesAMessage() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> ack = requests.form(submission("U3", "slow", "later"));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(200, ack.statusCode());
        assertTrue(millis < 3000, "acknowledged after " + millis + " ms");
        assertTrue(ack.body() == null || ack.body().isEmpty(), "the modal closes: " + ack.body());
        FakeSlackApi.Call late = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("U3", late.param("channel"));
        assertTrue(late.param("text").contains("Too late for the modal: later"), late.param("text"));
    }

    @Test
    void anErrorForAFieldTheModalDoesNotHaveIsAMessageAndTheModalCloses() throws Exception {
        HttpResponse<String> ack = requests.form(submission("U4", "ghost", "anything"));
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body() == null || ack.body().isEmpty(), "Slack refuses errors for an unknown block: " + ack.body());
        FakeSlackApi.Call reply = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertTrue(reply.param("text").contains("No such field"), reply.param("text"));
    }
}
