package curio.teams;

import curio.chat.BotEvent;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner in Teams, in development mode (no auth), against a fake Bot Connector on loopback. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsMessagesTest extends DevModeTeamsTest {

    static final UserRef ADA = new UserRef(new TenantId(Platform.TEAMS, Activities.TENANT), Activities.USER_AAD);


    @Override
    Map<String, String> moreProperties() {
        return Map.of("teams.default-timezone", "America/New_York");
    }

    @Test
    void aLearnerWhoWritesStartInPersonalChatIsAnswered() {
        assertEquals(200, post(Activities.personalMessage(connector.url(), "start")));

        BotEvent.MessageReceived received = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertTrue(received.personal());
        assertEquals(ADA, received.user());
        assertEquals(1, connector.calls().size());
        FakeBotConnector.Call reply = connector.calls().get(0);
        assertEquals("/v3/conversations/a:personal-1/activities", reply.path());
        assertTrue(reply.body().contains("Welcome to **Curio**!"), reply.body());
    }

    @Test
    void theLearnersTimeZoneComesFromTheActivityElseTheTenantDefault() {
        UserRef stranger = new UserRef(ADA.tenant(), "someone-else");
        assertEquals(ZoneId.of("America/New_York"), adapter.profile(stranger).timeZone());

        post(Activities.personalMessage(connector.url(), "hello"));

        assertEquals(ZoneId.of("Europe/Berlin"), adapter.profile(ADA).timeZone());
        assertEquals("Ada Lovelace", adapter.profile(ADA).displayName());
    }

    @Test
    void aScheduledPromptIsSentProactivelyToTheSavedReference() throws DeliveryException {
        post(Activities.personalMessage(connector.url(), "hello"));
        ConversationRef saved = engine.references.get(ADA);
        connector.reset();

        SentMessage sent = adapter.send(saved, Message.text("Today's prompt: ask one *why* question."));

        assertTrue(sent.id().startsWith("msg-"));
        assertEquals(1, connector.calls().size());
        assertTrue(connector.calls().get(0).body().contains("ask one **why** question"));
    }

    @Test
    void aQuizAnswerUpdatesTheStreakAndTheCardAndCountsOnce() throws DeliveryException {
        post(Activities.personalMessage(connector.url(), "hello"));
        SentMessage quiz = adapter.send(engine.references.get(ADA), TestEngine.quiz());
        connector.reset();
        engine.events.clear();

        assertEquals(200, post(Activities.cardSubmit(connector.url(), quiz.id(), "quiz-1", "a")));
        assertEquals(200, post(Activities.cardSubmit(connector.url(), quiz.id(), "quiz-1", "a")));

        assertEquals(1, engine.streaks.get(ADA));
        BotEvent.ActionInvoked action = assertInstanceOf(BotEvent.ActionInvoked.class, engine.events.get(0));
        assertEquals(quiz.id(), action.source().id());
        List<FakeBotConnector.Call> calls = connector.calls();
        assertEquals(1, calls.size());
        assertEquals("PUT", calls.get(0).method());
        assertEquals("/v3/conversations/a:personal-1/activities/" + quiz.id(), calls.get(0).path());
        assertTrue(calls.get(0).body().contains("You answered **a**"));
        assertFalse(calls.get(0).body().contains("Action.Submit"));
    }

    @Test
    void streakShowsACardWithTheHeatmap() {
        post(Activities.personalMessage(connector.url(), "streak"));

        String card = connector.calls().get(0).body();
        assertTrue(card.contains("application/vnd.microsoft.card.adaptive"), card);
        assertTrue(card.contains("Monospace") && card.contains("■"), card);
    }

    @Test
    void installSavesTheReferenceAndUninstallDeletesItAndStopsDeliveries() {
        assertEquals(200, post(Activities.installation(connector.url(), "add", "personal", "a:personal-9")));
        ConversationRef saved = engine.references.get(ADA);
        assertTrue(saved.value().contains("a:personal-9"));

        assertEquals(200, post(Activities.installation(connector.url(), "remove", "personal", "a:personal-9")));

        assertFalse(engine.references.containsKey(ADA));
        assertInstanceOf(BotEvent.AppUninstalled.class, engine.events.get(engine.events.size() - 1));
        connector.reset();
        DeliveryException refused = assertThrows(DeliveryException.class, () -> adapter.send(saved, Message.text("hi")));
        assertEquals(DeliveryException.Kind.GONE, refused.kind());
        assertTrue(connector.calls().isEmpty());
    }

    @Test
    void addedToATeamCurioGreetsTheChannelOnceAndEnrolsNobody() {
        post(Activities.botAddedToTeam(connector.url()));
        post(Activities.botAddedToTeam(connector.url()));

        assertEquals(1, connector.calls().size());
        assertTrue(connector.calls().get(0).path().contains("19:team-general"));
        assertTrue(connector.calls().get(0).body().contains(TeamsEvents.OPT_IN));
        assertEquals(1, engine.events.size());
        BotEvent.AppInstalled installed = assertInstanceOf(BotEvent.AppInstalled.class, engine.events.get(0));
        assertFalse(installed.personal());
        assertFalse(adapter.profile(installed.installer()).admin(), "the installer leads that team, no more");
        assertTrue(engine.references.isEmpty());
    }

    @Test
    void badInputGetsClearStatusesNever500() {
        assertEquals(400, post("{not json"));
        assertEquals(400, post("[1,2]"));
        assertEquals(400, post("{\"type\":\"message\",\"timestamp\":\"yesterday\"}"));
        assertEquals(200, post(Activities.personalMessage(connector.url(), "hi").replace("\"message\"", "\"somethingNew\"")));
        assertEquals(413, post("{\"type\":\"message\",\"text\":\"" + "x".repeat(1024 * 1024) + "\"}"));
        assertTrue(engine.events.isEmpty());
    }

}
