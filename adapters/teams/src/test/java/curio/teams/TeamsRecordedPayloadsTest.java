package curio.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.BotEvent;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Mentions;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static curio.teams.RecordedActivities.ADA;
import static curio.teams.RecordedActivities.LEARNING;
import static curio.teams.RecordedActivities.TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Activities recorded from Teams ({@link RecordedActivities}) posted to {@code /api/messages}, as Teams would. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsRecordedPayloadsTest extends DevModeTeamsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final TenantId TENANT = new TenantId(Platform.TEAMS, RecordedActivities.TENANT);

    @Test
    void aMessageNamingPeopleAndChannelsShowsTheirNamesAndMentionsNeverRawIds() throws Exception {
        assertEquals(200, post(recorded("bot-added-to-team")));
        assertEquals(200, post(recorded("channel-message-from-ada")));
        ConversationRef learning = adapter.channel(TENANT, LEARNING).orElseThrow();
        connector.reset();
        Map<String, String> channels = new HashMap<>();
        channels.put(TEAM, null);
        channels.put(LEARNING, "Learning");
        connector.channels(TEAM, channels);

        adapter.send(learning, Message.text(Mentions.user(ADA.aadObjectId()) + " set up " + Mentions.channel(LEARNING)
                + "; ask " + Mentions.user("5ca1ab1e-0000-4000-8000-000000000000") + " in " + Mentions.channel(TEAM)));
        adapter.send(learning, Message.builder("AI week: 2 joined").text("*AI week*")
                .context("2 joined · led by " + Mentions.user(ADA.aadObjectId())).build());

        JsonNode text = JSON.readTree(connector.postedTo(LEARNING).get(0));
        assertEquals("<at>Ada Lovelace</at> set up Learning Guild › Learning; ask a teammate in Learning Guild › General",
                text.get("text").asText());
        assertMentionsAda(text.get("entities").get(0));
        JsonNode card = JSON.readTree(connector.postedTo(LEARNING).get(1)).at("/attachments/0/content");
        assertEquals("2 joined · led by <at>Ada Lovelace</at>", card.at("/body/1/text").asText());
        assertMentionsAda(card.at("/msteams/entities/0"));
        assertFalse(String.join("", connector.postedTo(LEARNING)).contains("<@"));
        assertFalse(String.join("", connector.postedTo(LEARNING)).contains("<#"));
    }

    @Test
    void aMessageFromAnotherBotOrCuriosOwnEchoGetsNoAnswer() {
        assertEquals(200, post(recorded("message-from-another-bot")));
        assertEquals(200, post(recorded("message-echoed-from-curio")));

        assertTrue(engine.events.isEmpty(), engine.events.toString());
        assertTrue(connector.calls().isEmpty(), connector.calls().toString());
    }

    @Test
    void startSaidInAMeetingChatIsNotTakenForAPersonalChat() throws DeliveryException {
        assertEquals(200, post(recorded("meeting-chat-start")));

        BotEvent.MessageReceived start = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertEquals("start", start.text());
        assertFalse(start.personal());
        UserRef ada = new UserRef(TENANT, ADA.aadObjectId());
        assertEquals(Optional.empty(), adapter.directConversation(ada));
    }

    private String recorded(String name) {
        return RecordedActivities.load(name, connector.url());
    }

    private static void assertMentionsAda(JsonNode entity) {
        assertEquals("mention", entity.get("type").asText());
        assertEquals("<at>Ada Lovelace</at>", entity.get("text").asText());
        assertEquals(ADA.accountId(), entity.at("/mentioned/id").asText());
        assertEquals("Ada Lovelace", entity.at("/mentioned/name").asText());
    }
}
