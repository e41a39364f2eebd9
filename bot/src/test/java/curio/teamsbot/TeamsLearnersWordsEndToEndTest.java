package curio.teamsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.leads.WeeklyDigest;
import curio.teams.Activities;
import curio.teams.FakeBotConnector;
import curio.teams.FakeBotConnector.Member;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, point 3, on Teams: a shared check-in that carries a markdown link, an {@code <at>} tag and
 * markup reaches the team's feed thread and the weekly digest (both cards: the feed's carries its Try this too
 * button) as typed:
 * no link to evil.example, no mention entity, {@code &} escaped.
 */
class TeamsLearnersWordsEndToEndTest {

    static final String WORDS = "<at>Grace Hopper</at> & [free pizza](https://evil.example) *loud*";

    final ObjectMapper json = new ObjectMapper();
    TeamsEngine teams;

    @BeforeEach
    void start() throws Exception {
        teams = new TeamsEngine();
        teams.connector.members(Activities.TEAM, List.of(new Member("29:admin-1", "Grace Hopper", "aad-admin-1"),
                new Member("29:user-1", "Ada Lovelace", Activities.USER_AAD)));
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void aSharedCheckInWithAMarkdownLinkAndAnAtTagReadsAsTypedInTheFeedAndTheDigest() throws Exception {
        String url = teams.connector.url();
        assertEquals(200, teams.post(Activities.botAddedToTeam(url)));
        teams.post(Activities.cardSubmit(url, Activities.ADA, "channel", Activities.TEAM, "greeting",
                "{\"actionId\":\"curio.opt-in\",\"value\":\"start\"}"));
        teams.post(Activities.personalMessage(url, Activities.ADA, "a:ada", "share on"));

        teams.post(Activities.personalMessage(url, Activities.ADA, "a:ada", "tried " + WORDS));
        JsonNode shared = json.readTree(posted("free pizza").get(0));
        String text = cardText(shared);
        assertTrue(text.contains("\\& \\[free pizza\\](https://evil.example) \\*loud\\*"), text);
        assertNoLinkOrMention(shared, text);
        JsonNode tryToo = shared.at("/attachments/0/content/body/1/actions/0");
        assertEquals("Try this too", tryToo.path("title").asText(), shared.toString());
        assertFalse(tryToo.path("data").toString().contains("pizza"), "the button names the check-in, not its words");

        teams.clock.set(Instant.parse("2026-03-06T14:30:00Z"));
        teams.bean(WeeklyDigest.class).tick();
        JsonNode digest = json.readTree(posted("A few things people tried").get(0));
        String card = cardText(digest);
        assertTrue(card.contains("\\& \\[free pizza\\](https://evil.example) \\*loud\\*"), card);
        assertNoLinkOrMention(digest, card);
    }

    /** The text of an Adaptive Card activity's blocks, one a line. */
    private static String cardText(JsonNode activity) {
        StringBuilder card = new StringBuilder();
        activity.at("/attachments/0/content/body").forEach(b -> card.append(b.path("text").asText()).append('\n'));
        return card.toString();
    }

    private static void assertNoLinkOrMention(JsonNode activity, String shown) {
        assertFalse(shown.contains("[free pizza](https://evil.example)"), "a markdown link: " + shown);
        assertFalse(shown.contains("<at>"), "an at tag: " + shown);
        assertFalse(activity.toString().contains("\"mention\""), "a mention entity: " + activity);
    }

    /** The activities Curio posted anywhere that contain {@code text}, oldest first. */
    private List<String> posted(String text) {
        return teams.calls(c -> c.method().equals("POST") && c.path().endsWith("/activities")).stream()
                .map(FakeBotConnector.Call::body).filter(body -> body.contains(text)).toList();
    }
}
