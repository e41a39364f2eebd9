package curio.teams;

import curio.chat.BotEvent;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Team leads in a Teams team: channels, their members, the feed's threads and mentions. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsChannelsTest extends DevModeTeamsTest {

    static final TenantId TENANT = new TenantId(Platform.TEAMS, Activities.TENANT);
    static final String LEARNING = "19:learning@thread.tacv2";
    static final Activities.Mention BOB = new Activities.Mention("29:bob", "Bob Stone", "aad-bob");
    static final FakeBotConnector.Member BOB_MEMBER = new FakeBotConnector.Member("29:bob", "Bob Stone", "aad-bob");


    @Test
    void aLeadNamingAPersonInAChannelReachesTheEngineAsAUserMention() {
        postOk(channelMessage("1001", "<at>Curio</at> admin leads add <at>Bob Stone</at>",
                Activities.Mention.bot(), BOB));

        BotEvent.MessageReceived received = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertEquals("admin leads add <@aad-bob>", received.text());
        assertFalse(received.personal());
        assertEquals(LEARNING, adapter.channelId(received.conversation()));
    }

    @Test
    void mentionsWithoutAnAadIdAreResolvedFromWhatCurioSawAndChannelsBecomeChannelMentions() {
        connector.members(Activities.TEAM, List.of(new FakeBotConnector.Member("29:cleo", "Cleo", "aad-cleo")));
        postOk(channelMessage("1000", "<at>Curio</at> hello"));
        adapter.members(adapter.channel(TENANT, LEARNING).orElseThrow());
        engine.reset();

        postOk(channelMessage("1001", "<at>Curio</at> admin leads add <at>Cleo</at> <at>Ada</at> <at>Learning</at>",
                Activities.Mention.bot(), new Activities.Mention("29:cleo", "Cleo", null),
                new Activities.Mention("29:user-1", "Ada", null), new Activities.Mention(LEARNING, "Learning", null)));

        BotEvent.MessageReceived received = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertEquals("admin leads add <@aad-cleo> <@" + Activities.USER_AAD + "> <#" + LEARNING + ">", received.text());
    }

    @Test
    void theChannelIdIsTheSameForEveryThreadOfTheChannel() {
        postOk(channelMessage("1001", "<at>Curio</at> team setup", Activities.Mention.bot()));
        postOk(channelMessage("2002", "<at>Curio</at> leaderboard", Activities.Mention.bot()));

        ConversationRef first = ((BotEvent.MessageReceived) engine.events.get(0)).conversation();
        ConversationRef second = ((BotEvent.MessageReceived) engine.events.get(1)).conversation();
        assertEquals(LEARNING, adapter.channelId(first));
        assertEquals(LEARNING, adapter.channelId(second));
        assertEquals(LEARNING, adapter.channelId(adapter.channel(TENANT, LEARNING).orElseThrow()));
    }

    @Test
    void theAnswerToAChannelMessageGoesIntoItsThread() {
        postOk(channelMessage("1001", "<at>Curio</at> start", Activities.Mention.bot()));

        assertEquals(1, connector.postedTo(LEARNING + ";messageid=1001").size());
    }

    @Test
    void aChannelOfATeamCurioIsInCanBePostedTo() throws DeliveryException {
        postOk(Activities.botAddedToTeam(connector.url()));
        connector.reset();

        ConversationRef general = adapter.channel(TENANT, Activities.TEAM).orElseThrow();
        adapter.send(general, Message.text("This week's challenge: *ask why* five times."));

        assertEquals(1, connector.postedTo(Activities.TEAM).size());
        assertTrue(connector.postedTo(Activities.TEAM).get(0).contains("**ask why**"));
        assertEquals(Optional.empty(), adapter.channel(TENANT, "19:never-seen@thread.tacv2"));
        assertEquals(Optional.empty(), adapter.channel(new TenantId(Platform.TEAMS, "other-tenant"), Activities.TEAM));
    }

    @Test
    void membersAreTheTeamsRosterReadPageByPage() {
        postOk(channelMessage("1001", "<at>Curio</at> team setup", Activities.Mention.bot()));
        connector.reset();
        connector.members(Activities.TEAM, List.of(
                new FakeBotConnector.Member("29:user-1", "Ada", Activities.USER_AAD), BOB_MEMBER,
                new FakeBotConnector.Member("29:cleo", "Cleo", "aad-cleo"),
                new FakeBotConnector.Member("29:dan", "Dan", "aad-dan"),
                new FakeBotConnector.Member("29:eve", "Eve", "aad-eve")));

        Optional<Set<String>> members = adapter.members(adapter.channel(TENANT, LEARNING).orElseThrow());

        assertEquals(Optional.of(Set.of(Activities.USER_AAD, "aad-bob", "aad-cleo", "aad-dan", "aad-eve")), members);
        List<FakeBotConnector.Call> pages = connector.calls();
        assertEquals(3, pages.size());
        pages.forEach(call -> assertEquals("/v3/conversations/" + Activities.TEAM + "/pagedmembers", call.path()));
        assertEquals("pageSize=500", pages.get(0).query());
        assertEquals("pageSize=500&continuationToken=page-4", pages.get(2).query());
    }

    @Test
    void aTeamCurioIsNotInHasNoMembersAndStaysReachable() throws DeliveryException {
        postOk(Activities.botAddedToTeam(connector.url()));
        ConversationRef general = adapter.channel(TENANT, Activities.TEAM).orElseThrow();
        connector.reset();
        connector.answerNext(403, null);

        assertEquals(Optional.empty(), adapter.members(general));
        assertEquals(Optional.empty(), adapter.members(general), "no roster: the fake answers 404");

        adapter.send(general, Message.text("Still here"));
        assertEquals(1, connector.postedTo(Activities.TEAM).size());
    }

    @Test
    void aFeedReplyGoesIntoTheThreadOfItsParent() throws DeliveryException {
        postOk(Activities.botAddedToTeam(connector.url()));
        ConversationRef general = adapter.channel(TENANT, Activities.TEAM).orElseThrow();
        connector.reset();

        SentMessage daily = adapter.send(general, Message.text("What the team tried today"));
        SentMessage reply = adapter.replyInThread(daily, Message.text("Ada tried *pair debugging*."));
        adapter.replyInThread(reply, Message.text("Bob tried a new shortcut."));

        String thread = Activities.TEAM + ";messageid=" + daily.id();
        assertEquals(2, connector.postedTo(thread).size());
        assertTrue(connector.postedTo(thread).get(0).contains("\"replyToId\":\"" + daily.id() + "\""));
        assertEquals(Activities.TEAM, adapter.channelId(reply.conversation()));
    }

    private String channelMessage(String rootId, String text, Activities.Mention... mentions) {
        return Activities.channelMessage(connector.url(), LEARNING, rootId, text, List.of(mentions));
    }

    private void postOk(String body) {
        assertEquals(200, post(body));
    }
}
