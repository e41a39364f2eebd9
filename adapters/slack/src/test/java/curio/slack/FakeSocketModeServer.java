package curio.slack;

import io.micronaut.context.annotation.Requires;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Slack's Socket Mode end, faked: says hello, pushes a DM event envelope (env-1) and a modal
 * submission the test engine refuses (env-2), and records the acks.
 */
@ServerWebSocket("/link")
@Requires(property = "test.socket-mode-server")
public class FakeSocketModeServer {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    @OnOpen
    public void open(WebSocketSession session) {
        session.sendSync("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"},"
                + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600}}");
        session.sendSync("{\"envelope_id\":\"env-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":"
                + SignedRequests.event("Ev-socket-1", SignedRequests.dm("U42", "start")) + "}");
        session.sendSync("{\"envelope_id\":\"env-2\",\"type\":\"interactive\",\"accepts_response_payload\":true,\"payload\":"
                + SlackFormSubmissionTest.submission("U43", "goal", "far too long a goal") + "}");
    }

    @OnMessage
    public void message(String message, WebSocketSession session) {
        RECEIVED.add(message);
    }
}
