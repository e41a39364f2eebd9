package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A lead's team channel through the adapter the engine sees: name it, read its members, post the daily feed thread. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackTeamFeedTest {

    static final TenantId ACME = new TenantId(Platform.SLACK, "T1");

    FakeSlackApi slack;
    ApplicationContext context;
    ChatAdapter adapter;

    @BeforeAll
    void start() throws Exception {
        slack = new FakeSlackApi();
        context = ApplicationContext.run(Map.of("slack.bot.token", "xoxb-1-test-token-000000",
                "slack.signing.secret", "s", "slack.api.url", slack.url(), "micronaut.server.port", "-1"));
        adapter = context.getBean(ChatAdapter.class);
    }

    @AfterAll
    void stop() {
        context.close();
        slack.close();
    }

    @Test
    void aChannelNamedInACommandIsOneCurioCanPostTo() throws Exception {
        ConversationRef team = adapter.channel(ACME, "C123").orElseThrow();
        assertEquals("C123", adapter.channelId(team));
        SentMessage sent = adapter.send(team, Message.text("Today's challenge: ask one why question."));
        FakeSlackApi.Call post = slack.calls("chat.postMessage").stream()
                .filter(c -> "C123".equals(c.param("channel"))).findFirst().orElseThrow();
        assertEquals("xoxb-1-test-token-000000", post.token());
        assertNull(post.param("thread_ts"));
        assertEquals(team, sent.conversation());
        assertEquals("C123", adapter.channelId(sent.conversation()));
    }

    @Test
    void aFeedReplyLandsInTheThreadOfTheDaysPost() throws Exception {
        ConversationRef team = adapter.channel(ACME, "C456").orElseThrow();
        SentMessage daily = adapter.send(team, Message.text("What did the team try today?"));
        SentMessage reply = adapter.replyInThread(daily, Message.text("Ada tried: pairing on a review"));
        FakeSlackApi.Call post = slack.calls("chat.postMessage").stream()
                .filter(c -> "C456".equals(c.param("channel"))).reduce((a, b) -> b).orElseThrow();
        assertEquals(daily.id(), post.param("thread_ts"));
        assertEquals("Ada tried: pairing on a review", post.param("text"));
        assertEquals(team, reply.conversation());
        assertEquals(false, reply.id().equals(daily.id()));
    }

    @Test
    void theTeamsMembersComeFromSlackAndAnUninvitedChannelHasNone() {
        slack.channel("C789", true, "U1", "U2", "UBOT");
        slack.channel("C790", false, "U1");
        assertEquals(Optional.of(Set.of("U1", "U2", "UBOT")), adapter.members(adapter.channel(ACME, "C789").orElseThrow()));
        assertEquals(Optional.empty(), adapter.members(adapter.channel(ACME, "C790").orElseThrow()));
        assertEquals(Optional.empty(), adapter.channel(ACME, "U1"));
    }
}
