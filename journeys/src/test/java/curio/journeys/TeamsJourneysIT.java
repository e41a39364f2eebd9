package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Microsoft Teams through {@code POST /api/messages} in development mode (TEAMS_DEV_MODE=true, no app id,
 * so no JWT): a personal install and chat, a card click, a team install with its opt-in, and a lead's
 * challenge card posted to the team. Curio's answers arrive at the fake Bot Connector.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamsJourneysIT {

    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String TEAM = "19:0a1b2c3d4e5f60718293a4b5c6d7e8f9@thread.tacv2";
    static final TeamsTenant.Person ADA = new TeamsTenant.Person("29:1AdaLovelaceAccountId", "Ada Lovelace",
            "aad-ada-0000-0000-000000000002", "a:1AdaPersonalChatWithCurio");
    static final TeamsTenant.Person GRACE = new TeamsTenant.Person("29:1GraceHopperAccountId", "Grace Hopper",
            "aad-grace-0000-0000-000000000001", "a:1GracePersonalChatWithCurio");
    static final TeamsTenant.Person BOB = new TeamsTenant.Person("29:1BobKahnAccountId", "Bob Kahn",
            "aad-bob-0000-0000-000000000003", "a:1BobPersonalChatWithCurio");
    static final FakeBotConnector CONNECTOR = new FakeBotConnector(TENANT);

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("teams", () -> Map.of("TEAMS_DEV_MODE", "true", "MicrosoftAppId", ""))
            .closingAfterwards(CONNECTOR);

    static TeamsTenant teams;
    static FakeBotConnector.Call todaysPrompt;

    @BeforeAll
    static void tenant() {
        teams = new TeamsTenant(CURIO.uri("/api/messages"), CONNECTOR, TENANT, TEAM);
    }

    @Test
    @Order(1)
    void installingCurioPersonallyGreetsAndStartWelcomesTheLearner() {
        int from = CONNECTOR.count();
        teams.installedPersonally(ADA);
        CONNECTOR.posted(from, ADA.personalChat(), c -> c.words().contains("Hi, I'm Curio"));
        teams.says(ADA, "start");
        CONNECTOR.posted(from, ADA.personalChat(), c -> c.words().contains("Welcome aboard"));
        todaysPrompt = CONNECTOR.posted(from, ADA.personalChat(),
                c -> c.words().contains("Today's") && c.body().contains("\"actionId\":\"prompt."));
    }

    @Test
    @Order(2)
    void aClickOnTodaysPromptCardCountsTheLearningDay() {
        int from = CONNECTOR.count();
        teams.says(ADA, "today");
        FakeBotConnector.Call reminder = CONNECTOR.posted(from, ADA.personalChat(), c -> c.words().contains("already in our chat"));
        assertFalse(reminder.body().contains("\"actionId\":\"prompt."), "one prompt a day to act on: " + reminder.body());
        teams.clicks(ADA, todaysPrompt, "prompt.");
        FakeBotConnector.Call answered = CONNECTOR.await(from, c -> c.method().equals("PUT")
                || c.method().equals("POST") && c.words().contains("day streak"));
        assertTrue(answered.words().contains("Streak: **1 day**"), answered.body());
        teams.says(ADA, "streak");
        CONNECTOR.posted(from, ADA.personalChat(), c -> c.words().replace("*", "").contains("Current streak: 1"));
    }

    @Test
    @Order(3)
    void addingCurioToATeamGreetsTheChannelAndCountMeInEnrolsInAPersonalChat() {
        int from = CONNECTOR.count();
        teams.installedInTeam(GRACE);
        FakeBotConnector.Call greeting = CONNECTOR.posted(from, TEAM, c -> c.words().contains("Count me in"));
        teams.clicksInChannel(BOB, greeting, "curio.opt-in");
        FakeBotConnector.Call opened = CONNECTOR.await(from, c -> c.method().equals("POST") && c.path().equals("/v3/conversations"));
        assertTrue(opened.body().contains(BOB.id()) || opened.body().contains(BOB.aad()), "a chat with Bob: " + opened.body());
        String chat = SlackWorkspace.read(opened.answer()).path("id").asText();
        CONNECTOR.posted(from, chat, c -> c.words().contains("Welcome aboard"));
    }

    @Test
    @Order(4)
    void theTeamsInstallerPostsAChallengeCardToTheTeam() {
        int from = CONNECTOR.count();
        teams.installedPersonally(GRACE);
        teams.says(GRACE, "challenge new");
        FakeBotConnector.Call form = CONNECTOR.posted(from, GRACE.personalChat(), c -> c.body().contains("challenge.new"));
        teams.submits(GRACE, form, Map.of("title", "Feedback fortnight", "goal", "ask for feedback on 3 days", "target", "3"));
        FakeBotConnector.Call board = CONNECTOR.posted(from, TEAM, c -> c.words().contains("Feedback fortnight"));
        assertTrue(board.body().contains("challenge.join"), "the card has a Join button: " + board.body());
    }
}
