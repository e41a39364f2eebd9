package curio.journeys;

import static curio.journeys.SlackWorkspace.dm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One workspace over Socket Mode (SLACK_BOT_TOKEN + SLACK_APP_TOKEN, no public URL): Curio opens the
 * connection through {@code apps.connections.open}, acknowledges an event envelope by its id and
 * answers through the Web API.
 */
class SlackSocketModeJourneysIT {

    static final String TOKEN = "xoxb-1000000001-2000000002-SocketWorkspace1";
    static final String APP_TOKEN = "xapp-1-A0CURIO0001-1000000001-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    static final String TEAM = "T0SOCK001";
    static final FakeSocketModeServer SOCKET = new FakeSocketModeServer();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Socket Learning")
            .workspace(APP_TOKEN, TEAM, "Socket Learning");

    static {
        API.socketModeUrl(SOCKET.url());
    }

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-socket-mode", () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
            "SLACK_APP_TOKEN", APP_TOKEN, "SLACK_API_URL", API.url())).closingAfterwards(API, SOCKET);

    @Test
    void aDmDeliveredOverTheWebSocketIsAcknowledgedByItsEnvelopeIdAndAnswered() {
        assertEquals(APP_TOKEN, API.await(0, "apps.connections.open", c -> true).token(),
                "the connection is opened with the app-level token");
        Await.until(() -> Optional.of(SOCKET.connected()).filter(c -> c), () -> "Curio did not connect to " + SOCKET.url());

        int from = API.count();
        String event = new SlackWorkspace(API, null, TEAM).dmEvent("U0SAM", "start");
        SOCKET.deliver(Payload.of("slack/requests/socket_mode.events_api.json")
                .set("envelope_id", "dbdd0ef3-1543-4f94-bfb4-133d0e6c1545").raw("payload", event).text());

        String ack = SOCKET.awaitReceived("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545");
        assertTrue(SlackWorkspace.read(ack).path("envelope_id").asText().equals("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545"), ack);
        FakeSlackWebApi.Call welcome = API.await(from, "chat.postMessage", SlackWorkspace.in(dm("U0SAM"), "Welcome aboard"));
        assertEquals(TOKEN, welcome.token());
        API.await(from, "chat.postMessage", SlackWorkspace.in(dm("U0SAM"), "Today's"));
    }
}
