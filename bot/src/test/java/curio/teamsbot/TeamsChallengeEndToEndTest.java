package curio.teamsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.challenges.Challenge;
import curio.challenges.ChallengeStore;
import curio.challenges.ChallengeSweep;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.teams.Activities;
import curio.teams.Activities.Person;
import curio.teams.FakeBotConnector;
import curio.teams.FakeBotConnector.Member;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 on Teams, end to end: Grace adds Curio to her team and so leads it; she posts a challenge
 * from the card form; Ada and Bob opt in and join from the board; three days of tagged check-ins;
 * the board is edited in place; after the end date the summary lands in the channel.
 */
class TeamsChallengeEndToEndTest {

    static final Person GRACE = new Person("29:admin-1", "Grace Hopper", "aad-admin-1");
    static final Person BOB = new Person("29:bob", "Bob Stone", "aad-bob");
    static final String CHANNEL_POSTS = "/v3/conversations/" + Activities.TEAM + "/activities";

    TeamsEngine teams;

    @BeforeEach
    void start() throws Exception {
        teams = new TeamsEngine();
        teams.connector.members(Activities.TEAM, List.of(new Member(GRACE.accountId(), GRACE.name(), GRACE.aadObjectId()),
                new Member("29:user-1", "Ada Lovelace", Activities.USER_AAD),
                new Member(BOB.accountId(), BOB.name(), BOB.aadObjectId())));
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void aLeadsChallengeIsJoinedCheckedIntoEditedInPlaceAndSummarisedInTheChannel() throws Exception {
        String url = teams.connector.url();
        assertEquals(200, teams.post(Activities.botAddedToTeam(url)));
        assertTrue(channelPosts().get(0).contains("curio.opt-in"), "the team is greeted with an opt-in");

        teams.post(Activities.personalMessage(url, GRACE, "a:grace", "challenge new"));
        String form = last(teams.connector.postedTo("a:grace"));
        assertTrue(form.contains("challenge.new") && form.contains("Input.Date"), form);
        teams.post(Activities.cardSubmit(url, GRACE, "personal", "a:grace", "form-1", challengeForm()));
        assertTrue(teams.calls(c -> c.method().equals("PUT") && c.path().endsWith("/activities/form-1")).stream()
                .anyMatch(c -> c.body().contains("(c1)")), "the posted challenge replaces its form card");
        Challenge challenge = teams.bean(ChallengeStore.class)
                .find(new TenantId(Platform.TEAMS, Activities.TENANT), "c1").orElseThrow();
        String board = challenge.boardMessageId().orElseThrow();
        assertTrue(last(channelPosts()).contains("challenge.join"), "the board with its Join button is in the channel");

        for (Person member : List.of(Activities.ADA, BOB)) {
            teams.post(Activities.cardSubmit(url, member, "channel", Activities.TEAM, "greeting",
                    "{\"actionId\":\"curio.opt-in\",\"value\":\"start\"}"));
            teams.post(Activities.cardSubmit(url, member, "channel", Activities.TEAM, board,
                    "{\"actionId\":\"challenge.join\",\"value\":\"c1\"}"));
        }
        assertEquals(2, teams.calls(c -> c.method().equals("POST") && c.path().equals("/v3/conversations")).size(),
                "both opted in from the team and got a personal chat");
        assertEquals(2, all().stream().filter(body -> body.contains("You joined")).count(), all().toString());

        for (int day = 0; day < 3; day++) {
            teams.post(Activities.personalMessage(url, Activities.ADA, "a:ada", "tried c1: asked an assistant for a plan"));
            teams.post(Activities.personalMessage(url, BOB, "a:bob", "tried c1: summarised a thread with AI"));
            assertTrue(last(teams.connector.postedTo("a:ada")).contains((day + 1) + "/3"),
                    last(teams.connector.postedTo("a:ada")));
            teams.clock.advance(Duration.ofDays(1));
        }

        teams.clock.set(Instant.parse("2026-03-04T18:00:00Z"));
        teams.bean(ChallengeSweep.class).tick();
        List<FakeBotConnector.Call> edits = teams.calls(c -> c.method().equals("PUT")
                && c.path().equals(CHANNEL_POSTS + "/" + board));
        assertFalse(edits.isEmpty(), "the board is edited in place");
        assertTrue(last(edits).body().contains("2 joined"), last(edits).body());
        int postsBefore = channelPosts().size();

        teams.clock.set(Instant.parse("2026-03-05T08:00:00Z"));
        teams.bean(ChallengeSweep.class).tick();
        List<String> posts = channelPosts();
        assertEquals(postsBefore + 1, posts.size(), "one summary, no reposted board");
        assertTrue(last(posts).contains("2 of 2 finished (100%)"), last(posts));
        assertTrue(last(posts).contains("Thank you"), last(posts));
    }

    private static String challengeForm() {
        return """
            {"callbackId":"challenge.new","title":"AI week","description":"Small experiments with AI assistants.",
             "goal":"check in on 3 of the next 3 days","target":"3","unit":"DAYS",
             "start":"2026-03-02","end":"2026-03-04","team":"%s"}
            """.formatted(Activities.TEAM);
    }

    private List<String> channelPosts() {
        return teams.connector.postedTo(Activities.TEAM);
    }

    /** Every activity Curio posted anywhere. */
    private List<String> all() {
        return teams.calls(c -> c.method().equals("POST") && c.path().endsWith("/activities")).stream()
                .map(FakeBotConnector.Call::body).toList();
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }
}
