package curio.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import curio.chat.DeliveryException;
import curio.chat.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Delivery against the fake Bot Connector: Retry-After, backoff, giving up, and 403 after uninstall. */
class TeamsSenderTest {

    final FakeBotConnector connector = TeamsAuthTest.start(FakeBotConnector::new);
    final TestRedis redis = TestRedis.start();
    final List<Platform> rateLimited = new CopyOnWriteArrayList<>();
    final TeamsSender sender = new TeamsSender(MicrosoftAppCredentials.empty(), SendPacer.teamsLimits(),
            new DeliveryRetry(3, Duration.ofMillis(20), Duration.ofSeconds(5)), new RemovedConversations(redis.client()),
            TeamsOrigin::onThisMachine, rateLimited::add);

    @AfterEach
    void close() {
        connector.close();
        redis.close();
    }

    @Test
    void a429WithRetryAfterIsWaitedOutThenDelivered() throws DeliveryException {
        connector.answerNext(429, "1");

        sender.send(reference(), Activity.createMessageActivity());

        List<FakeBotConnector.Call> calls = connector.calls();
        assertEquals(2, calls.size());
        long waited = calls.get(1).atMillis() - calls.get(0).atMillis();
        assertTrue(waited >= 1000, "waited " + waited + " ms");
        assertEquals(List.of(Platform.TEAMS), rateLimited, "the 429 is counted for the operator's metrics");
    }

    @Test
    void busyAnswersAreRetriedWithBackoffThenHandedToTheOutbox() {
        connector.answerNext(502, null);
        connector.answerNext(504, null);
        connector.answerNext(412, null);

        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> sender.send(reference(), Activity.createMessageActivity()));

        assertEquals(DeliveryException.Kind.RETRY, failure.kind());
        assertEquals(3, connector.calls().size());
    }

    @Test
    void aLongRetryAfterIsHandedToTheOutboxWithoutWaiting() {
        connector.answerNext(429, "120");

        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> sender.send(reference(), Activity.createMessageActivity()));

        assertEquals(DeliveryException.Kind.RATE_LIMITED, failure.kind());
        assertEquals(Duration.ofSeconds(120), failure.retryAfter());
        assertEquals(1, connector.calls().size());
    }

    @Test
    void a403AfterUninstallStopsDeliveriesToThatConversation() {
        connector.answerNext(403, null);

        DeliveryException first = assertThrows(DeliveryException.class,
                () -> sender.send(reference(), Activity.createMessageActivity()));
        DeliveryException second = assertThrows(DeliveryException.class,
                () -> sender.send(reference(), Activity.createMessageActivity()));

        assertEquals(DeliveryException.Kind.GONE, first.kind());
        assertEquals(DeliveryException.Kind.GONE, second.kind());
        assertEquals(1, connector.calls().size());
    }

    private ConversationReference reference() {
        ConversationReference reference = new ConversationReference();
        reference.setServiceUrl(connector.url());
        reference.setChannelId("msteams");
        ConversationAccount conversation = new ConversationAccount("a:personal-1");
        conversation.setTenantId("tenant-1");
        reference.setConversation(conversation);
        reference.setBot(new ChannelAccount("28:bot"));
        reference.setUser(new ChannelAccount("29:user"));
        return reference;
    }
}
