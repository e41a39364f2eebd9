package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode connects through a fake apps.connections.open and WebSocket server, events flow, and
 * a refused modal's errors ride on the envelope's ack.
 */
class SlackSocketModeTest {

    @Test
    void aDmOverSocketModeIsAcknowledgedAndAnswered() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi();
             EmbeddedServer socketServer = ApplicationContext.run(EmbeddedServer.class,
                     Map.of("test.socket-mode-server", "true", "micronaut.server.port", "-1"))) {
            slack.socketUrl = "ws://127.0.0.1:" + socketServer.getPort() + "/link";
            try (ApplicationContext curio = ApplicationContext.run(Map.of("slack.bot.token", "xoxb-1-test-token-000000",
                    "slack.app.token", "xapp-1-test-token", "slack.api.url", slack.url(), "micronaut.server.port", "-1"))) {
                assertEquals("xapp-1-test-token", slack.calls("apps.connections.open").get(0).token());
                FakeSlackApi.Call reply = slack.await("chat.postMessage", 1, Duration.ofSeconds(10)).get(0);
                assertEquals("D1", reply.param("channel"));
                long end = System.currentTimeMillis() + 5000;
                while (FakeSocketModeServer.RECEIVED.size() < 2 && System.currentTimeMillis() < end) {
                    Thread.sleep(20);
                }
                List<String> acks = FakeSocketModeServer.RECEIVED;
                assertTrue(acks.stream().anyMatch(a -> a.contains("\"envelope_id\":\"env-1\"")), acks.toString());
                assertTrue(acks.stream().anyMatch(a -> a.contains("\"envelope_id\":\"env-2\"")
                        && a.contains("\"response_action\":\"errors\"") && a.contains("\"goal\":\"The goal is 19 characters")),
                        acks.toString());
                assertTrue(curio.getBean(SlackSocketMode.class).connected());
            }
        }
    }
}
