package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import curio.leads.WeeklyDigest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9, point 3, on Slack: what people type is shown as typed. A check-in shared to the team feed and
 * quoted in the weekly digest, and a lead's challenge title on the board, reach {@code chat.postMessage}
 * with {@code & < >} escaped in the notification {@code text} and in the blocks: no broadcast, no mention,
 * no masked link of theirs. Curio's own mentions still work.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackLearnersWordsEndToEndTest extends SlackEngineTest {

    static final String CHANNEL = "C1WORDS";
    static final String WORDS = "<!channel> <!here> <!everyone> <@U0OTHER> & [free pizza](https://evil.example) "
            + "<https://evil.example|docs>";

    @Inject WeeklyDigest digest;

    @Test
    void aSharedCheckInThatTriesToPingTheChannelAndHideALinkReadsAsTypedInTheFeedAndTheDigest() throws Exception {
        slack.channel(CHANNEL, true, "UBOT", "UADA", "UPIP");
        say("Ev-w-start", "UPIP", "start", "Curio");
        say("Ev-w-share", "UPIP", "share on", "Sharing is on");
        ask("UADA", "team setup <#" + CHANNEL + "|learning>", "is now a Curio team");

        say("Ev-w-tried", "UPIP", "tried " + WORDS, "Checked in");
        FakeSlackApi.Call shared = await("chat.postMessage", c -> CHANNEL.equals(c.param("channel"))
                && c.param("thread_ts") != null && c.param("blocks").contains("free pizza"));
        assertShownAsTyped(shared);

        clock.set(Instant.parse("2026-03-06T14:30:00Z"));
        digest.tick();
        assertShownAsTyped(await("chat.postMessage", in(CHANNEL, "A few things people tried")));
    }

    @Test
    void aChallengeTitleThatTriesToPingTheChannelReadsAsTypedOnTheBoardWhileTheLeadIsStillMentioned() throws Exception {
        slack.channel("C1TITLE", true, "UBOT", "UADA");
        ask("UADA", "team setup <#C1TITLE|titles>", "is now a Curio team");
        ask("UADA", "admin leads add <@UADA> <#C1TITLE|titles>", "now leads");
        assertEquals(200, command("UADA", "challenge new", "trig-words").statusCode());
        Map<String, String> form = Map.of("title", "<!here> [free pizza](https://evil.example)", "goal", WORDS,
                "target", "3", "unit", "DAYS", "start", "2026-03-02", "end", "2026-03-06", "team", "C1TITLE");
        assertEquals(200, submit("UADA", opened("trig-words"), form).statusCode());

        FakeSlackApi.Call board = await("chat.postMessage", in("C1TITLE", "free pizza"));
        assertShownAsTyped(board);
        assertTrue(words(board.param("blocks")).contains("led by <@UADA>"), "Curio's own mention stays: " + board.param("blocks"));
        assertTrue(board.param("text").contains("&lt;!here&gt; [free pizza](https://evil.example)"), board.param("text"));
    }

    /** Everything the message says, in the notification text and in the blocks, shows the words escaped. */
    private static void assertShownAsTyped(FakeSlackApi.Call message) {
        for (String said : new String[] {message.param("text"), words(message.param("blocks"))}) {
            for (String link : new String[] {"<!", "<@U0OTHER", "<https://evil.example", "|free pizza>", "& "}) {
                assertFalse(said.contains(link), "no " + link + " of a learner's in: " + said);
            }
            if (said.contains("&lt;!channel")) {
                assertTrue(said.contains("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U0OTHER&gt; &amp; "
                        + "[free pizza](https://evil.example) &lt;https://evil.example|docs&gt;"), said);
            }
        }
    }

    /** The text of every text object in Block Kit JSON, one per line. */
    private static String words(String blocks) {
        StringBuilder out = new StringBuilder();
        collect(JsonParser.parseString(blocks), out);
        return out.toString();
    }

    private static void collect(JsonElement json, StringBuilder out) {
        if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(e -> collect(e, out));
        } else if (json.isJsonObject()) {
            json.getAsJsonObject().entrySet().forEach(e -> {
                if (e.getKey().equals("text") && e.getValue().isJsonPrimitive()) {
                    out.append(e.getValue().getAsString()).append('\n');
                } else {
                    collect(e.getValue(), out);
                }
            });
        }
    }

    /** A DM, answered with {@code expected} (an answer to this DM, not an earlier one). */
    private void say(String eventId, String user, String text, String expected) throws Exception {
        int before = mark();
        assertEquals(200, dm(eventId, user, text).statusCode());
        await("chat.postMessage", after(before, in("D" + user, expected)));
    }

    /** A {@code /curio} command, answered with {@code expected}. */
    private void ask(String user, String text, String expected) throws Exception {
        int before = mark();
        assertEquals(200, command(user, text).statusCode());
        await("chat.postMessage", after(before, in(user, expected)));
    }
}
