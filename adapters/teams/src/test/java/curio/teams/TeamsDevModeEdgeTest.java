package curio.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import curio.chat.BotEvent;
import curio.chat.DeliveryException;
import curio.chat.Message;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Development mode takes activities without a token, and Curio posts its answers to the
 * {@code serviceUrl} they name: so it takes only service URLs on this machine, never a metadata
 * address or a host elsewhere, and keeps a bounded number of connector clients whatever callers send.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsDevModeEdgeTest extends DevModeTeamsTest {

    @Inject
    TeamsSender sender;
    @Inject
    TeamsHttpAdapter httpAdapter;
    @Inject
    UnifiedJedis redis;

    @Test
    void anActivityWhoseServiceUrlIsNotOnThisMachineIsRefused() {
        redis.flushAll();
        for (String elsewhere : List.of("http://169.254.169.254/metadata/", "https://smba.trafficmanager.net/emea/",
                "http://127.0.0.1.nip.io:3978/", "http://localhost@169.254.169.254/", "http://10.0.0.7:3978/",
                "ftp://127.0.0.1/", "file:///etc/passwd", "not a url")) {
            HttpResponse<String> refused = Post.exchange(server.getURL(),
                    RecordedActivities.load("ada-personal-message", elsewhere), null);
            assertEquals(403, refused.statusCode(), elsewhere + ": " + refused.body());
            assertTrue(refused.body().contains("\"error\""), refused.body());
        }
        assertTrue(engine.events.isEmpty(), engine.events.toString());
        assertEquals(0, redis.dbSize(), "nothing is stored");
    }

    @Test
    void serviceUrlsOnThisMachineAreTaken() {
        String port = connector.url().replaceAll(".*:(\\d+)/$", "$1");
        for (String here : List.of(connector.url(), "http://localhost:" + port + "/", "http://[::1]:" + port + "/",
                "https://127.0.0.1:" + port + "/teams/")) {
            assertEquals(200, post(RecordedActivities.load("ada-personal-message", here)), here);
        }
        assertEquals(4, engine.events.size());
    }

    @Test
    void directLineIsRefusedAndTheEmulatorSpeaksInATenantOfItsOwn() {
        assertEquals(403, post(RecordedActivities.load("directline-message-as-ada", connector.url())));
        assertTrue(engine.events.isEmpty());

        assertEquals(200, post(RecordedActivities.changed("emulator-message", connector.url(), a -> {
            ((ObjectNode) a.get("channelData")).putObject("tenant").put("id", RecordedActivities.TENANT);
            ((ObjectNode) a.get("conversation")).put("tenantId", RecordedActivities.TENANT);
        })));

        BotEvent.MessageReceived hello = assertInstanceOf(BotEvent.MessageReceived.class, engine.events.get(0));
        assertEquals(TeamsOrigin.EMULATOR_TENANT, hello.user().tenant().id(), "never the tenant it names");
    }

    @Test
    void curioKeepsAFewConnectorClientsHoweverManyServiceUrlsCallersSend() {
        for (int i = 0; i < 40; i++) {
            int caller = i;
            assertEquals(200, post(RecordedActivities.changed("ada-personal-message", connector.url() + "caller-" + i + "/",
                    a -> ((ObjectNode) a.put("text", "start").get("conversation")).put("id", "a:chat-" + caller))));
        }

        assertEquals(40, connector.calls().size(), "every caller was answered");
        assertTrue(sender.cachedClients() <= TeamsSender.MAX_CLIENTS, "clients kept: " + sender.cachedClients());
        assertEquals(0, httpAdapter.clientsKeptBySdk(), "the SDK keeps none of its own");
    }

    @Test
    void aStoredReferenceToAnotherMachineIsNotPostedTo() {
        ConversationAccount chat = new ConversationAccount("a:chat-elsewhere");
        chat.setTenantId(RecordedActivities.TENANT);
        ConversationReference elsewhere = new ConversationReference();
        elsewhere.setConversation(chat);
        elsewhere.setServiceUrl("http://169.254.169.254/metadata/");
        elsewhere.setChannelId("msteams");
        elsewhere.setBot(new ChannelAccount(RecordedActivities.CURIO, "Curio"));

        DeliveryException refused = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                DeliveryException.class, () -> adapter.send(new TeamsReferences(new ObjectMapper()).of(elsewhere),
                        Message.text("hello"))));
        assertEquals(DeliveryException.Kind.GONE, refused.kind());
    }
}
