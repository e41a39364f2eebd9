package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import curio.challenges.Challenge;
import curio.challenges.ChallengeBoard;
import curio.challenges.ChallengeForm;
import curio.challenges.ChallengeStore;
import curio.challenges.ChallengeSweep;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.support.TestClockFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 5 on Slack, end to end: an admin makes #learning ({@link #CHANNEL}) a team and names a lead, the lead
 * opens the modal with {@code /curio challenge new} and posts a challenge from it, two members join from the
 * board, check in on three days, the board is edited in place, and the summary lands in the channel when it ends.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackChallengeEndToEndTest extends SlackEngineTest {

    static final TenantId T1 = new TenantId(Platform.SLACK, "T1");
    /** #learning; Slack channel ids are at least three characters, which the adapter checks. */
    static final String CHANNEL = "C1LEARN";

    @Inject ChallengeSweep sweep;
    @Inject ChallengeStore challenges;

    private void say(String eventId, String user, String text, String expected) throws Exception {
        assertEquals(200, dm(eventId, user, text).statusCode());
        await("chat.postMessage", in("D" + user, expected));
    }

    @Test
    void aLeadsChallengeIsJoinedCheckedIntoEditedOnTheBoardAndSummarised() throws Exception {
        slack.channel(CHANNEL, true, "UBOT", "UADA", "ULEAD", "UMIA", "UNOAH");
        slack.notAdmin("ULEAD", "UMIA", "UNOAH");
        for (String learner : new String[] {"ULEAD", "UMIA", "UNOAH"}) {
            say("Ev-start-" + learner, learner, "start", "Curio");
        }
        say("Ev-share-UMIA", "UMIA", "share on", "Sharing is on");
        say("Ev-share-UNOAH", "UNOAH", "share on", "Sharing is on");
        assertEquals(200, command("UADA", "team setup <#" + CHANNEL + "|learning>").statusCode());
        await("chat.postMessage", in("UADA", "is now a Curio team"));
        assertEquals(200, command("UADA", "admin leads add <@ULEAD> <#" + CHANNEL + "|learning>").statusCode());
        await("chat.postMessage", in("UADA", "now leads"));

        assertEquals(200, command("ULEAD", "challenge new", "trig-new-1").statusCode());
        JsonObject modal = opened("trig-new-1");
        assertEquals(ChallengeForm.CALLBACK, modal.get("callback_id").getAsString());
        Set<String> fields = new HashSet<>();
        modal.getAsJsonArray("blocks").forEach(b -> fields.add(b.getAsJsonObject().get("block_id").getAsString()));
        assertEquals(Set.of("title", "description", "goal", "target", "unit", "start", "end", "team"), fields);
        assertTrue(modal.toString().contains("\"value\":\"" + CHANNEL + "\""), "#learning is a channel to pick: " + modal);
        modal.getAsJsonArray("blocks").forEach(b -> {
            JsonObject element = b.getAsJsonObject().getAsJsonObject("element");
            if (element.get("type").getAsString().equals("static_select")) {
                assertTrue(element.has("initial_option"), "a choice is made already, as in the form: " + element);
            }
        });
        assertEquals(CHANNEL, modal.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject().getAsJsonObject("element"))
                .filter(e -> e.has("initial_option") && e.get("action_id").getAsString().equals("team")).findFirst().orElseThrow()
                .getAsJsonObject("initial_option").get("value").getAsString(), "the lead's one team is chosen");

        Map<String, String> form = Map.of("title", "AI week", "description", "Small experiments with AI assistants.",
                "goal", "check in on 3 of the next 5 days", "target", "3", "unit", "DAYS",
                "start", "2026-03-02", "end", "2026-03-06", "team", CHANNEL);
        assertEquals(200, submit("ULEAD", modal, form).statusCode());
        await("chat.postMessage", in("ULEAD", "Posted *AI week*"));
        FakeSlackApi.Call board = await("chat.postMessage", in(CHANNEL, "AI week"));
        JsonObject join = button(board.param("blocks"), ChallengeBoard.JOIN);
        Challenge challenge = challenges.find(T1, join.get("value").getAsString()).orElseThrow();
        String boardTs = challenge.boardMessageId().orElseThrow();

        for (String member : new String[] {"UMIA", "UNOAH"}) {
            assertEquals(200, click(member, CHANNEL, boardTs, join.get("action_id").getAsString(),
                    join.get("value").getAsString()).statusCode());
            await("chat.postMessage", c -> String.valueOf(c.param("blocks")).contains("You joined")
                    && c.param("channel").endsWith(member));
        }
        assertTrue(slack.calls("chat.postMessage").stream().noneMatch(in(CHANNEL, "You joined")),
                "a Join click is answered in the member's DM, not in front of the whole channel");

        for (int day = 1; day <= 3; day++) {
            int before = mark();
            say("Ev-mia-" + day, "UMIA", "tried " + challenge.id() + ": asked an assistant to critique my plan",
                    "AI week: " + day + "/3");
            await("chat.postMessage", after(before, c -> c.param("thread_ts") != null
                    && in(CHANNEL, "asked an assistant").test(c)));
            say("Ev-noah-" + day, "UNOAH", "tried " + challenge.id() + ": summarised a thread with AI",
                    "AI week: " + day + "/3");
            if (day < 3) {
                clock.advance(Duration.ofDays(1));
            }
        }
        clock.advance(Duration.ofMinutes(90));
        sweep.tick();
        FakeSlackApi.Call edited = await("chat.update", c -> boardTs.equals(c.param("ts")) && c.param("blocks").contains("3/3"));
        assertEquals(CHANNEL, edited.param("channel"), "the board is edited in place, not reposted");
        assertTrue(edited.param("blocks").contains("3/3"), edited.param("blocks"));

        clock.set(Instant.parse("2026-03-07T04:00:00Z"));
        sweep.tick();
        FakeSlackApi.Call summary = await("chat.postMessage", in(CHANNEL, "of 2 finished"));
        assertTrue(summary.param("blocks").contains("2 of 2 finished"), summary.param("blocks"));
        String text = summary.param("blocks").replace("\\u003c", "<").replace("\\u003e", ">");
        assertTrue(text.contains("Thank you <@ULEAD>"), "thanks the lead with a real mention: " + text);
        assertTrue(TestClockFactory.START.isBefore(clock.instant()));
    }
}
