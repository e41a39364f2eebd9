package curio.journeys;

import static curio.journeys.SlackWorkspace.dm;
import static curio.journeys.SlackWorkspace.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One Slack workspace over HTTP (SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET): a learner's day in DMs,
 * the App Home and its check-in modal, and a lead's challenge from the slash command to the edited board.
 * The journeys build on each other, in order, against one running jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlackWorkspaceJourneysIT {

    static final String TOKEN = "xoxb-1000000001-2000000002-JourneyWorkspace01";
    static final String TEAM = "T0ACME001";
    static final String CHANNEL = "C0LEARN01";
    static final String ADA = "U0ADA";
    static final String LEAD = "U0LEAD";
    static final String MIA = "U0MIA";
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Acme Learning")
            .channel(CHANNEL, "learning", true, "UCURIOBOT", ADA, LEAD, MIA);

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-workspace", () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
            "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", API.url())).closingAfterwards(API);

    static SlackWorkspace slack;

    @BeforeAll
    static void workspace() {
        slack = new SlackWorkspace(API, new SlackRequests(CURIO.uri("/slack/events")), TEAM);
    }


    @Test
    @Order(1)
    void startInADmWelcomesTheLearnerByNameAndShowsTodaysPrompt() {
        int from = API.count();
        FakeSlackWebApi.Call welcome = slack.say(ADA, "start", "Welcome aboard");
        assertTrue(words(welcome.param("blocks")).contains("Welcome aboard, Ada!"), welcome.param("blocks"));
        assertEquals(TOKEN, welcome.token(), "Curio speaks with the workspace's bot token");
        FakeSlackWebApi.Call prompt = slack.posted(from, dm(ADA), "Today's");
        assertTrue(prompt.param("blocks").contains("\"action_id\":\"prompt."), "a prompt to act on: " + prompt.param("blocks"));
    }

    @Test
    @Order(2)
    void todayAfterStartPointsToThePromptAlreadyInTheChatInsteadOfASecondOne() {
        FakeSlackWebApi.Call reminder = slack.say(ADA, "today", "already in our chat above");
        assertFalse(reminder.param("blocks").contains("\"action_id\":\"prompt."),
                "one prompt a day to act on: " + reminder.param("blocks"));
    }

    @Test
    @Order(3)
    void aRightQuizAnswerReplacesTheQuizWithTheExplanation() {
        int from = API.count();
        String ts = "1699990000.000100";
        slack.click(ADA, dm(ADA), ts, "Where curiosity comes from", Payload.read("slack/requests/message.quiz.blocks.json"),
                "prompt.quiz#0", "trigger-quiz");
        FakeSlackWebApi.Call updated = API.await(from, "chat.update", c -> ts.equals(c.param("ts")));
        assertEquals(dm(ADA), updated.param("channel"));
        String shown = words(updated.param("blocks"));
        assertTrue(shown.contains("Right"), shown);
        assertFalse(updated.param("blocks").contains("prompt.quiz"), "an answered quiz has no buttons left: " + shown);
    }

    @Test
    @Order(4)
    void theAppHomeShowsTheStreakAndACheckInButtonWhoseModalChecksIn() {
        int from = API.count();
        slack.homeOpened(ADA);
        FakeSlackWebApi.Call home = API.await(from, "views.publish", c -> ADA.equals(c.param("user_id")));
        assertTrue(words(home.param("view")).contains("Hi Ada"), home.param("view"));

        slack.clickOnHome(ADA, home, "checkin.open", "trigger-checkin-1");
        FakeSlackWebApi.Call modal = API.await(from, "views.open", c -> "trigger-checkin-1".equals(c.param("trigger_id")));
        assertEquals("checkin", SlackWorkspace.read(modal.param("view")).path("callback_id").asText());

        int submitted = API.count();
        HttpResponse<String> ack = slack.submit(ADA, modal, Map.of("text", "asked a colleague to review my plan"));
        assertEquals(200, ack.statusCode());
        assertFalse(ack.body().contains("errors"), "the modal closes: " + ack.body());
        slack.posted(submitted, dm(ADA), "Checked in");
    }

    @Test
    @Order(5)
    void triedAddsToTodaysCheckIn() {
        FakeSlackWebApi.Call reply = slack.say(ADA, "tried explaining the gap idea to a colleague", "heck");
        String shown = reply.has("blocks") + reply.has("text");
        assertTrue(shown.contains("Added to today's check-in") || shown.contains("Checked in"), shown);
    }

    @Test
    @Order(6)
    void streakSaysOneDayAfterTodaysCheckIn() {
        FakeSlackWebApi.Call reply = slack.say(ADA, "streak", "Current streak");
        assertTrue(words(reply.param("blocks")).contains("Current streak: *1*"), reply.param("blocks"));
        assertEquals("Streak: 1 day", reply.param("text"));
    }

    @Test
    @Order(7)
    void aLeadsChallengeIsOpenedInAModalPostedJoinedAndItsBoardEdited() {
        int from = API.count();
        slack.say(MIA, "start", "Welcome aboard");
        slack.say(MIA, "share on", "Sharing is on");
        slack.command(ADA, "team setup <#" + CHANNEL + "|learning>", "trigger-setup");
        slack.posted(from, dm(ADA), "is now a Curio team");
        slack.command(ADA, "admin leads add <@" + LEAD + "> <#" + CHANNEL + "|learning>", "trigger-leads");
        slack.posted(from, dm(ADA), "now leads");

        slack.command(LEAD, "challenge new", "trigger-challenge-1");
        FakeSlackWebApi.Call modal = API.await(from, "views.open", c -> "trigger-challenge-1".equals(c.param("trigger_id")));
        assertEquals("challenge.new", SlackWorkspace.read(modal.param("view")).path("callback_id").asText());

        int submitted = API.count();
        HttpResponse<String> ack = slack.submit(LEAD, modal, Map.of("title", "Prompting week",
                "goal", "check in on 3 of the next 5 days", "target", "3"));
        assertEquals(200, ack.statusCode());
        assertFalse(ack.body().contains("errors"), "the form is accepted: " + ack.body());
        FakeSlackWebApi.Call board = slack.posted(submitted, CHANNEL, "Prompting week");
        assertTrue(board.param("blocks").contains("challenge.join"), "the board has a Join button: " + board.param("blocks"));
        slack.posted(submitted, dm(LEAD), "Posted *Prompting week*");

        int joined = API.count();
        slack.click(MIA, board, "challenge.join", "trigger-join");
        slack.posted(joined, dm(MIA), "You joined *Prompting week*");
        slack.say(MIA, "tried c1: asked an assistant to critique my plan", "Prompting week: 1/3");

        String boardTs = SlackWorkspace.read(board.answer()).path("ts").asText();
        FakeSlackWebApi.Call edited = Await.until(() -> API.calls("chat.update").stream()
                        .filter(c -> boardTs.equals(c.param("ts")) && CHANNEL.equals(c.param("channel"))).findFirst(),
                () -> "the board was not edited: " + API.describe(joined), Duration.ofSeconds(90));
        String shown = words(edited.param("blocks"));
        assertTrue(shown.contains("1 joined"), shown);
        assertTrue(shown.contains("1/3"), "Mia shares, so her progress shows: " + shown);
    }

    @Test
    @Order(8)
    void exportUploadsASummaryAndTheJsonIntoTheDm() throws Exception {
        int from = API.count();
        slack.dm(ADA, "export");
        FakeSlackWebApi.Call complete = API.await(from, "files.completeUploadExternal", c -> dm(ADA).equals(c.param("channel_id")));
        assertTrue(complete.param("initial_comment").contains("everything I hold about you"), complete.param("initial_comment"));
        java.util.List<FakeSlackWebApi.Call> asked = API.callsSince(from, "files.getUploadURLExternal");
        assertEquals(2, asked.size());
        String summaryId = SlackWorkspace.read(asked.get(0).answer()).path("file_id").asText();
        String summary = new String(API.uploaded(summaryId), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(asked.get(0).param("filename").endsWith(".md"), asked.get(0).param("filename"));
        assertTrue(summary.startsWith("# Everything Curio holds about Ada"), summary);
        assertTrue(summary.contains("asked a colleague to review my plan"), summary);
        String dataId = SlackWorkspace.read(asked.get(1).answer()).path("file_id").asText();
        String data = new String(API.uploaded(dataId), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ADA, SlackWorkspace.read(data).path("person").path("userId").asText());
    }
}
