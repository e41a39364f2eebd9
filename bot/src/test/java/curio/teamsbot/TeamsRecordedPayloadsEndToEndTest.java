package curio.teamsbot;

import static curio.teams.RecordedActivities.GRACE;
import static curio.teams.RecordedActivities.GROUP_CHAT;
import static curio.teams.RecordedActivities.LEARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.teams.Activities.Person;
import curio.teams.FakeBotConnector;
import curio.teams.FakeBotConnector.Member;
import curio.teams.RecordedActivities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real engine and Teams adapter fed activities recorded from Teams ({@link RecordedActivities}). */
class TeamsRecordedPayloadsEndToEndTest {

    static final ObjectMapper JSON = new ObjectMapper();

    TeamsEngine teams;

    @BeforeEach
    void start() throws Exception {
        // Grace sets up a channel other than the one she added Curio to: that takes a tenant admin
        teams = new TeamsEngine(Map.of("curio.admins", GRACE.aadObjectId()));
        teams.learningGuild(List.of(member(GRACE), member(RecordedActivities.ADA), member(RecordedActivities.BOB)));
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void theTeamSetupAndTheChallengeBoardNameTheLeadAndTheChannelNeverTheirIds() throws Exception {
        assertEquals(200, post("bot-added-to-team"));
        assertEquals(200, post("grace-team-setup-in-learning"));
        assertEquals(200, post("grace-challenge-new"));
        assertEquals(200, post("grace-submits-challenge-form"));

        String confirmation = only(c -> c.body().contains("is now a Curio team"));
        assertTrue(confirmation.contains("Learning Guild › Learning is now a Curio team"), confirmation);
        assertTrue(confirmation.contains("Leads: <at>Grace Hopper</at>"), confirmation);
        JsonNode board = JSON.readTree(last(teams.connector.postedTo(LEARNING))).at("/attachments/0/content");
        assertTrue(board.toString().contains("led by <at>Grace Hopper</at>"), board.toString());
        JsonNode mention = board.at("/msteams/entities/0");
        assertEquals("<at>Grace Hopper</at>", mention.get("text").asText());
        assertEquals(GRACE.accountId(), mention.at("/mentioned/id").asText());
        for (FakeBotConnector.Call call : teams.connector.calls()) {
            assertFalse(call.body().contains("<@") || call.body().contains("<#"), call.body());
        }
    }

    @Test
    void startSaidInAGroupChatBySomeoneWithoutAPersonalChatIsPointedToOneOnceOnly() {
        assertEquals(200, post("group-chat-start"));

        List<String> answers = teams.connector.postedTo(GROUP_CHAT);
        assertEquals(1, answers.size(), answers.toString());
        assertTrue(answers.get(0).contains("That's personal"), answers.get(0));
    }

    private int post(String recorded) {
        return teams.post(RecordedActivities.load(recorded, teams.connector.url()));
    }

    /** The body of the one activity Curio posted that matches. */
    private String only(java.util.function.Predicate<FakeBotConnector.Call> which) {
        List<FakeBotConnector.Call> found = teams.calls(c -> c.method().equals("POST") && which.test(c));
        assertEquals(1, found.size(), found.toString());
        return found.get(0).body();
    }

    private static Member member(Person person) {
        return new Member(person.accountId(), person.name(), person.aadObjectId());
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }
}
