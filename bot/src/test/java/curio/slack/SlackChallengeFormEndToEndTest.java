package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import curio.challenges.ChallengeForm;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A lead's "new challenge" modal on Slack: a start date in the past keeps the modal open with the
 * error under the start date (nothing is posted), and the corrected submission posts the board.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackChallengeFormEndToEndTest extends SlackEngineTest {

    static final String CHANNEL = "C1FORMS";

    @Test
    void aStartDateInThePastIsShownUnderTheFieldAndTheFixedFormPostsTheBoard() throws Exception {
        slack.channel(CHANNEL, true, "UBOT", "UADA", "ULEAD");
        assertEquals(200, dm("Ev-start-ULEAD", "ULEAD", "start").statusCode());
        await("chat.postMessage", in("DULEAD", "Curio"));
        assertEquals(200, command("UADA", "team setup <#" + CHANNEL + "|forms>").statusCode());
        await("chat.postMessage", in("UADA", "is now a Curio team"));
        assertEquals(200, command("UADA", "admin leads add <@ULEAD> <#" + CHANNEL + "|forms>").statusCode());
        await("chat.postMessage", in("UADA", "now leads"));
        int postsBefore = slack.calls("chat.postMessage").size();

        Map<String, String> form = new HashMap<>(Map.of("title", "Prompting week", "goal", "check in on 3 of 5 days",
                "target", "3", "unit", "DAYS", "start", "2026-02-27", "end", "2026-03-06", "team", CHANNEL));
        HttpResponse<String> refused = submit("ULEAD", ChallengeForm.CALLBACK, form, Set.of("start", "end"), Set.of("unit", "team"));
        assertEquals(200, refused.statusCode());
        JsonObject body = JsonParser.parseString(refused.body()).getAsJsonObject();
        assertEquals("errors", body.get("response_action").getAsString(), refused.body());
        JsonObject errors = body.getAsJsonObject("errors");
        assertEquals(Set.of("start"), errors.keySet(), refused.body());
        assertTrue(errors.get("start").getAsString().contains("2026-02-27 is in the past"), refused.body());
        Thread.sleep(300);
        assertEquals(postsBefore, slack.calls("chat.postMessage").size(),
                "the error sits under the field, it is not posted: " + slack.calls("chat.postMessage"));

        form.put("start", "2026-03-02");
        HttpResponse<String> accepted = submit("ULEAD", ChallengeForm.CALLBACK, form, Set.of("start", "end"), Set.of("unit", "team"));
        assertEquals(200, accepted.statusCode());
        assertTrue(accepted.body() == null || accepted.body().isEmpty(), "a plain ack closes the modal: " + accepted.body());
        await("chat.postMessage", in(CHANNEL, "Prompting week"));
        await("chat.postMessage", in("ULEAD", "Posted *Prompting week*"));
    }
}
