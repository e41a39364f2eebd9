package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEvent;
import curio.chat.ChatAdapter;
import curio.chat.Message;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.Platform;
import curio.chat.UserRef;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/** Signed requests to the real /slack/events endpoint, a fake Slack Web API and a real Redis. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEventsEndpointTest extends SingleWorkspaceSlackTest {

    static final Duration WAIT = Duration.ofSeconds(5);

    @Inject ChatAdapter adapter;
    @Inject UnifiedJedis redis;

    static FakeSlackApi start() {
        try {
            return new FakeSlackApi();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    Map<String, String> moreProperties() {
        return Map.of("micronaut.server.max-request-size", "2MB");
    }

    @Test
    void aLearnerWhoWritesStartInADmIsWelcomed() throws Exception {
        HttpResponse<String> ack = requests.json(SignedRequests.event("Ev-start-1", SignedRequests.dm("U1", "start")));
        assertEquals(200, ack.statusCode());
        FakeSlackApi.Call reply = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertEquals("D1", reply.param("channel"));
        assertEquals("xoxb-1-test-token-000000", reply.token());
        assertTrue(reply.param("blocks").contains("Welcome to *Curio*!"), reply.param("blocks"));
        BotEvent.MessageReceived event = (BotEvent.MessageReceived) engine.events.get(0);
        assertTrue(event.personal());
        assertEquals(new UserRef(new TenantId(Platform.SLACK, "T1"), "U1"), event.user());
    }

    @Test
    void aLearnersMessagesDoNotEachCallAuthTest() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertEquals(200, requests.json(SignedRequests.event("Ev-auth-" + i, SignedRequests.dm("U5", "start"))).statusCode());
        }
        slack.await("chat.postMessage", 5, WAIT);
        assertTrue(slack.calls("auth.test").size() <= 1, "Bolt's auth.test cache answers all but the first: "
                + slack.calls("auth.test").size() + " calls");
    }

    @Test
    void aRetriedEventReachesTheEngineOnce() throws Exception {
        String body = SignedRequests.event("Ev-retry-1", SignedRequests.dm("U2", "streak"));
        assertEquals(200, requests.json(body).statusCode());
        assertEquals(200, requests.send(body, "application/json", SignedRequests.now(), null, "1").statusCode());
        Thread.sleep(300);
        assertEquals(1, engine.events.size());
    }

    @Test
    void anEventRedisKeptAfterAnswering503AndItsRetryReachTheEngineOnce() throws Exception {
        TenantId team = new TenantId(Platform.SLACK, "T1");
        UserRef bo = new UserRef(team, "U5");
        String once = SlackKeys.event(team, "Ev-late-1");
        BotEvent dm = new BotEvent.MessageReceived(bo, SlackAddress.conversation(team, "D5"), true, "streak");
        SlackInbox inbox = new SlackInbox(redis, 100);
        inbox.append(new SlackInboxEntry(dm, null, null, once)); // the 503'd request's append, carried out late
        inbox.append(new SlackInboxEntry(dm, null, null, once)); // a replica's copy of Slack's retry

        long end = System.nanoTime() + WAIT.toNanos();
        while ((engine.events.isEmpty() || redis.xlen(SlackInbox.STREAM) > 0) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        String retry = SignedRequests.event("Ev-late-1", SignedRequests.dm("U5", "streak"));
        assertEquals(200, requests.send(retry, "application/json", SignedRequests.now(), null, "1").statusCode());
        Thread.sleep(300);
        assertEquals(1, engine.events.size());
        assertEquals(0, redis.xlen(SlackInbox.STREAM), "the copies are removed from the inbox");
    }

    @Test
    void theBotsOwnMessagesAndEditsAreIgnored() throws Exception {
        String own = "{\"type\":\"message\",\"channel\":\"D1\",\"channel_type\":\"im\",\"user\":\"UBOT\",\"bot_id\":\"BBOT\","
                + "\"text\":\"start\",\"ts\":\"1.2\"}";
        assertEquals(200, requests.json(SignedRequests.event("Ev-own-1", own)).statusCode());
        String edit = "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"D1\",\"channel_type\":\"im\",\"ts\":\"1.3\"}";
        assertEquals(200, requests.json(SignedRequests.event("Ev-edit-1", edit)).statusCode());
        Thread.sleep(300);
        assertTrue(engine.events.isEmpty());
    }

    @Test
    void aScheduledPromptReachesChatPostMessageWithQuizButtons() throws Exception {
        UserRef ada = new UserRef(new TenantId(Platform.SLACK, "T1"), "U3");
        Message prompt = Message.builder("Quiz").text("Which one builds a habit?")
                .add(new curio.chat.Block.Choice("quiz", "Pick one", List.of(new curio.chat.Block.Option("A", "a"),
                        new curio.chat.Block.Option("B", "b")))).build();
        SentMessage sent = adapter.send(adapter.directConversation(ada).orElseThrow(), prompt);
        FakeSlackApi.Call call = slack.calls("chat.postMessage").get(0);
        assertEquals("U3", call.param("channel"));
        assertTrue(call.param("blocks").contains("\"action_id\":\"quiz#1\""), call.param("blocks"));
        assertEquals("T1/D3", sent.conversation().value());
    }

    @Test
    void aQuizClickUpdatesTheStreakAndTheMessage() throws Exception {
        int before = engine.streak.get();
        String click = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U4\",\"team_id\":\"T1\"},"
                + "\"api_app_id\":\"A1\",\"trigger_id\":\"trig-1\",\"container\":{\"type\":\"message\",\"message_ts\":\"1700.1\","
                + "\"channel_id\":\"D4\"},\"channel\":{\"id\":\"D4\"},\"message\":{\"ts\":\"1700.1\",\"text\":\"Quiz\"},"
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"quiz#1\",\"block_id\":\"b1\",\"value\":\"b\",\"action_ts\":\"1.1\"}]}";
        assertEquals(200, requests.form(click).statusCode());
        FakeSlackApi.Call update = slack.await("chat.update", 1, WAIT).get(0);
        assertEquals("D4", update.param("channel"));
        assertEquals("1700.1", update.param("ts"));
        assertTrue(update.param("blocks").contains("Streak: " + (before + 1) + " days"), update.param("blocks"));
        BotEvent.ActionInvoked event = (BotEvent.ActionInvoked) engine.events.get(0);
        assertEquals("quiz", event.actionId());
        assertEquals(new SentMessage(SlackAddress.conversation(new TenantId(Platform.SLACK, "T1"), "D4"), "1700.1"), event.source());
    }

    @Test
    void anAnswerButtonOpensAModalAndTheSubmissionIsStored() throws Exception {
        String click = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U5\"},\"trigger_id\":\"trig-5\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1800.1\",\"channel_id\":\"D5\"},"
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"answer#0\",\"value\":\"p7\"}]}";
        assertEquals(200, requests.form(click).statusCode());
        FakeSlackApi.Call open = slack.await("views.open", 1, WAIT).get(0);
        assertEquals("trig-5", open.param("trigger_id"));
        String view = open.param("view");
        assertTrue(view.contains("\"callback_id\":\"reflect\""), view);
        String metadata = com.google.gson.JsonParser.parseString(view).getAsJsonObject().get("private_metadata").getAsString();
        String submit = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U5\"},\"view\":{\"id\":\"V1\","
                + "\"type\":\"modal\",\"callback_id\":\"reflect\",\"private_metadata\":" + new com.google.gson.Gson().toJson(metadata)
                + ",\"state\":{\"values\":{\"answer\":"
                + "{\"answer\":{\"type\":\"plain_text_input\",\"value\":\"Asked a why question\"}}}}}}";
        HttpResponse<String> ack = requests.form(submit);
        assertEquals(200, ack.statusCode());
        FakeSlackApi.Call update = slack.await("chat.update", 1, WAIT).get(0);
        assertEquals("1800.1", update.param("ts"));
        assertEquals("Asked a why question", engine.answers.get("answer"));
        assertEquals("prompt-7", engine.answers.get("context"));
    }

    @Test
    void appHomeIsPublishedWhenTheHomeTabOpens() throws Exception {
        String home = "{\"type\":\"app_home_opened\",\"user\":\"U6\",\"channel\":\"D6\",\"tab\":\"home\",\"event_ts\":\"1.1\"}";
        assertEquals(200, requests.json(SignedRequests.event("Ev-home-1", home)).statusCode());
        FakeSlackApi.Call publish = slack.await("views.publish", 1, WAIT).get(0);
        assertEquals("U6", publish.param("user_id"));
        assertTrue(publish.param("view").contains("\"type\":\"home\""));
    }

    @Test
    void aSlashCommandIsAnsweredInTheLearnersDm() throws Exception {
        String body = "token=x&team_id=T1&channel_id=C1&channel_name=general&user_id=U7&command=%2Fcurio&text=start"
                + "&response_url=http%3A%2F%2F127.0.0.1%2Fr&trigger_id=t7";
        assertEquals(200, requests.command(body).statusCode());
        assertEquals("U7", slack.await("chat.postMessage", 1, WAIT).get(0).param("channel"));
    }

    @Test
    void profilesComeFromUsersInfoOnceAndAreCached() {
        UserRef ada = new UserRef(new TenantId(Platform.SLACK, "T1"), "U8");
        slack.locale("U8", "de-DE");
        Profile first = adapter.profile(ada);
        Profile second = adapter.profile(ada);
        assertEquals(new Profile("Ada", ZoneId.of("Europe/Berlin"), java.util.Locale.GERMANY, true), first);
        assertEquals(first, second);
        assertEquals(1, slack.calls("users.info").size());
    }
}
