package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.BotEvent;
import curio.chat.Mentions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** People and channels reach the engine as {@code <@U1>} / {@code <#C1|name>} ({@link Mentions}), from every entry point. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackMentionsTest extends SingleWorkspaceSlackTest {



    private String received() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (engine.events.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return ((BotEvent.MessageReceived) engine.events.get(0)).text();
    }

    @Test
    void aSlashCommandWithAnEscapedChannelReachesTheEngineAsIs() throws Exception {
        assertEquals(200, requests.command(SignedRequests.slashCommand("U1", "team setup <#C123|general>")).statusCode());
        String text = received();
        assertEquals("team setup <#C123|general>", text);
        assertEquals(Optional.of("C123"), Mentions.firstChannel(text));
    }

    @Test
    void aDmNamingALeadAndAChannelKeepsBoth() throws Exception {
        requests.json(SignedRequests.event("Ev-mention-dm", SignedRequests.dm("U2", "admin leads add <@U3> <#C9|team-a>")));
        String text = received();
        assertEquals("admin leads add <@U3> <#C9|team-a>", text);
        assertEquals(Optional.of("U3"), Mentions.firstUser(text));
    }

    @Test
    void anAtMentionOfCurioDropsOnlyCuriosOwnMention() throws Exception {
        String mention = "{\"type\":\"app_mention\",\"channel\":\"C9\",\"user\":\"U2\",\"text\":\"<@UBOT> admin leads add "
                + "<@U3|ada> <#C9|team-a>\",\"ts\":\"1700000002.000100\",\"event_ts\":\"1700000002.000100\"}";
        requests.json(SignedRequests.event("Ev-mention-app", mention));
        assertEquals("admin leads add <@U3|ada> <#C9|team-a>", received());
    }

    @Test
    void curioWithoutAKnownBotIdLosesOnlyTheLeadingMention() {
        assertEquals("streak <@U3>", SlackEvents.withoutBotMention("<@UBOT> streak <@U3>", null));
        assertEquals("hey streak", SlackEvents.withoutBotMention("hey <@UBOT|curio> streak", "UBOT"));
    }
}
