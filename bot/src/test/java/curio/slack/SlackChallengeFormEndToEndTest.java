package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import curio.challenges.ChallengeForm;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A lead's "new challenge" modal on Slack, asked for in a DM, where Slack gives no trigger to open a
 * modal: the reply's button opens it. A start date in the past keeps the modal open with the error
 * under the start date (nothing is posted); the corrected submission posts the board and replaces
 * the button's message. Someone who leads no team is told so and gets no modal, however they ask.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackChallengeFormEndToEndTest extends SlackEngineTest {

    static final String CHANNEL = "C1FORMS";

    private boolean teamSetUp;

    @Test
    void aLeadOpensTheModalFromTheButtonOfTheDmReplyAndAPastStartIsShownUnderTheField() throws Exception {
        setUpTeamLedByUlead();
        int asked = mark();
        assertEquals(200, dm("Ev-new-ULEAD", "ULEAD", "challenge new").statusCode());
        FakeSlackApi.Call launcher = await("chat.postMessage", after(asked, in("DULEAD", ChallengeForm.OPEN)));
        JsonObject button = button(launcher.param("blocks"), ChallengeForm.OPEN);
        assertTrue(slack.calls("views.open").stream().noneMatch(after(asked, c -> true)),
                "a DM carries no trigger_id, so no modal can open yet");

        assertEquals(200, click("ULEAD", "DULEAD", launcher.ts(), button.get("action_id").getAsString(),
                button.get("value").getAsString()).statusCode());
        JsonObject modal = opened("trig-ULEAD");
        assertEquals(ChallengeForm.CALLBACK, modal.get("callback_id").getAsString());
        int postsBefore = slack.calls("chat.postMessage").size();

        Map<String, String> form = new HashMap<>(Map.of("title", "Prompting week", "goal", "check in on 3 of 5 days",
                "target", "3", "unit", "DAYS", "start", "2026-02-27", "end", "2026-03-06", "team", CHANNEL));
        HttpResponse<String> refused = submit("ULEAD", modal, form);
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
        HttpResponse<String> accepted = submit("ULEAD", modal, form);
        assertEquals(200, accepted.statusCode());
        assertTrue(accepted.body() == null || accepted.body().isEmpty(), "a plain ack closes the modal: " + accepted.body());
        await("chat.postMessage", in(CHANNEL, "Prompting week"));
        FakeSlackApi.Call posted = await("chat.update", c -> launcher.ts().equals(c.param("ts")));
        assertEquals("DULEAD", posted.param("channel"));
        assertTrue(posted.param("blocks").contains("Posted *Prompting week*"), "the button's message says what was posted: "
                + posted.param("blocks"));
    }

    @Test
    void someoneWhoLeadsNoTeamIsToldSoAndGetsNoModal() throws Exception {
        setUpTeamLedByUlead();
        int asked = mark();
        assertEquals(200, command("UMIA", "challenge new", "trig-mia-1").statusCode());
        await("chat.postMessage", after(asked, toMia("Only team leads post challenges")));

        int typed = mark();
        assertEquals(200, dm("Ev-new-UMIA", "UMIA", "challenge new").statusCode());
        FakeSlackApi.Call refusal = await("chat.postMessage", after(typed, c -> "DUMIA".equals(c.param("channel"))));
        assertTrue(refusal.param("blocks").contains("Only team leads post challenges"), refusal.param("blocks"));
        assertFalse(refusal.param("blocks").contains(ChallengeForm.OPEN), "no button to a form she can't use");

        int clicked = mark();
        assertEquals(200, click("UMIA", "DUMIA", refusal.ts(), ChallengeForm.OPEN + "#0", "").statusCode());
        await("chat.postMessage", after(clicked, toMia("Only team leads post challenges")));
        assertTrue(slack.calls("views.open").stream().noneMatch(after(asked, c -> true)),
                "no modal, not even from a launcher's click (say, one from before she stopped leading): "
                        + slack.calls("views.open"));
    }

    /** Once: #forms is a team led by ULEAD; neither ULEAD nor UMIA is a workspace admin. */
    private void setUpTeamLedByUlead() throws Exception {
        if (teamSetUp) {
            return;
        }
        teamSetUp = true;
        slack.channel(CHANNEL, true, "UBOT", "UADA", "ULEAD", "UMIA");
        slack.notAdmin("ULEAD", "UMIA");
        assertEquals(200, dm("Ev-start-ULEAD", "ULEAD", "start").statusCode());
        await("chat.postMessage", in("DULEAD", "Curio"));
        assertEquals(200, command("UADA", "team setup <#" + CHANNEL + "|forms>").statusCode());
        await("chat.postMessage", in("UADA", "is now a Curio team"));
        assertEquals(200, command("UADA", "admin leads add <@ULEAD> <#" + CHANNEL + "|forms>").statusCode());
        await("chat.postMessage", in("UADA", "now leads"));
    }

    /** A message to Mia: in her DM channel, or to her user id (Slack delivers that to the DM too). */
    private static Predicate<FakeSlackApi.Call> toMia(String text) {
        return c -> ("UMIA".equals(c.param("channel")) || "DUMIA".equals(c.param("channel")))
                && String.valueOf(c.param("blocks")).contains(text);
    }
}
