package curio.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import curio.chat.BotEvent;
import curio.chat.ConversationRef;
import curio.chat.Form;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.RateLimitListener;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opting in from a team, leaving a team, odd activities and failed replies, as a user would meet them. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsReviewFixesTest extends DevModeTeamsTest {

    static final UserRef ADA = new UserRef(new TenantId(Platform.TEAMS, Activities.TENANT), Activities.USER_AAD);
    static final String OPT_IN = "{\"actionId\":\"" + TeamsEvents.OPT_IN + "\",\"value\":\"start\"}";

    @Inject
    UnifiedJedis redis;

    @Test
    void countMeInOpensAPersonalChatAndTheWelcomeAndLaterPromptsGoThere() throws Exception {
        assertEquals(200, post(Activities.cardSubmit(connector.url(), Activities.ADA, "channel", Activities.TEAM,
                "greeting-1", OPT_IN)));

        FakeBotConnector.Call open = connector.calls().get(0);
        assertEquals("POST", open.method());
        assertEquals("/v3/conversations", open.path());
        assertTrue(open.body().contains("\"isGroup\":false") && open.body().contains("29:user-1")
                && open.body().contains(Activities.TENANT) && open.body().contains(Activities.BOT), open.body());
        BotEvent.MessageReceived start = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertEquals("start", start.text());
        assertTrue(start.personal());
        String chat = adapter.channelId(start.conversation());
        assertTrue(chat.startsWith("a:opened-"), chat);
        assertEquals(1, connector.postedTo(chat).size(), "the welcome is in the personal chat");
        assertTrue(connector.postedTo(Activities.TEAM).isEmpty(), "nothing in the channel");
        assertEquals(start.conversation(), adapter.directConversation(ADA).orElseThrow());

        adapter.send(engine.references.get(ADA), Message.text("Today's prompt"));
        assertEquals(2, connector.postedTo(chat).size());
    }

    @Test
    void removingCurioFromATeamEndsThatTeamNotTheRemoversPersonalChat() {
        post(Activities.personalMessage(connector.url(), "hello"));
        post(Activities.teamInstallation(connector.url(), "add", Activities.ADA));
        engine.events.clear();

        assertEquals(200, post(Activities.teamInstallation(connector.url(), "remove", Activities.ADA)));

        BotEvent.AppUninstalled removed = assertInstanceOf(BotEvent.AppUninstalled.class, engine.events.get(0));
        assertEquals(BotEvent.AppUninstalled.Scope.CHANNEL, removed.scope());
        assertEquals(Activities.TEAM, adapter.channelId(removed.conversation()));
        assertTrue(adapter.directConversation(ADA).isPresent(), "Ada's personal chat still works");
    }

    @Test
    void removingCurioFromThePersonalChatIsAPersonalUninstall() {
        post(Activities.installation(connector.url(), "add", "personal", "a:personal-9"));
        engine.events.clear();

        post(Activities.installation(connector.url(), "remove", "personal", "a:personal-9"));

        BotEvent.AppUninstalled removed = assertInstanceOf(BotEvent.AppUninstalled.class, engine.events.get(0));
        assertEquals(BotEvent.AppUninstalled.Scope.PERSONAL, removed.scope());
        assertEquals(ADA, removed.user());
        assertTrue(removed.conversation().value().contains("a:personal-9"));
    }

    @Test
    void aSenderWithoutIdsOrAnUpdateWithoutRecipientIsIgnoredNotA500() {
        String noSender = Activities.personalMessage(connector.url(), "start")
                .replaceAll("\"from\":\\{[^}]*}", "\"from\":{}");
        String noRecipient = Activities.botAddedToTeam(connector.url())
                .replaceAll("\"recipient\":\\{[^}]*},", "");

        assertEquals(200, post(noSender));
        assertEquals(200, post(noRecipient));
        assertTrue(engine.events.stream().noneMatch(e -> e instanceof BotEvent.MessageReceived));
    }

    @Test
    void aSubmittedCheckInFormReplacesTheCardItCameFrom() {
        post(Activities.personalMessage(connector.url(), "hello"));
        connector.reset();

        post(Activities.cardSubmit(connector.url(), Activities.ADA, "personal", "a:personal-1", "form-7",
                "{\"callbackId\":\"checkin\",\"text\":\"asked a why question\"}"));

        assertInstanceOf(BotEvent.FormSubmitted.class, engine.events.get(engine.events.size() - 1));
        List<FakeBotConnector.Call> calls = connector.calls();
        assertEquals(1, calls.size());
        assertEquals("PUT", calls.get(0).method());
        assertEquals("/v3/conversations/a:personal-1/activities/form-7", calls.get(0).path());
    }

    @Test
    void aReplyTeamsRefusesIsLoggedAndTheEngineCarriesOn() {
        TeamsSender sender = new TeamsSender(MicrosoftAppCredentials.empty(), SendPacer.teamsLimits(),
                new DeliveryRetry(1, Duration.ofMillis(1), Duration.ofSeconds(1)), new RemovedConversations(redis),
                TeamsOrigin::onThisMachine, RateLimitListener.IGNORED);
        TeamsResponder responder = new TeamsResponder(new ConversationRef(Platform.TEAMS, "x"), reference(),
                "card-1", sender, TeamsRendererTest.nobodyKnown());
        connector.answerNext(502, null);
        connector.answerNext(403, null);

        SentMessage reply = assertDoesNotThrow(() -> responder.reply(Message.text("hi")));
        assertDoesNotThrow(() -> responder.update(Message.text("answered")));
        assertDoesNotThrow(() -> responder.openForm(new Form("checkin", "Check in", "Save", "",
                List.of(Form.Field.text("text", "What did you try?", true, true)))));

        assertEquals("", reply.id());
    }

    private ConversationReference reference() {
        // not Ada's chat: the 403 marks this conversation as gone for every sender sharing the Redis
        ConversationAccount chat = new ConversationAccount("a:personal-refusing");
        chat.setTenantId(Activities.TENANT);
        ConversationReference reference = new ConversationReference();
        reference.setConversation(chat);
        reference.setServiceUrl(connector.url());
        reference.setBot(new ChannelAccount(Activities.BOT));
        reference.setChannelId("msteams");
        return reference;
    }

}
