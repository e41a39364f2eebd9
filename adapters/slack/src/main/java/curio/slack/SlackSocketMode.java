package curio.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** With {@code SLACK_APP_TOKEN} set, Curio connects to Slack over a WebSocket: no public URL needed. */
@Context
@Requires(condition = SlackConfigured.class)
@Requires(property = "slack.app.token")
public class SlackSocketMode {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

    private final SocketModeApp socketMode;

    SlackSocketMode(App app, SlackSettings settings) {
        if (!settings.socketMode()) {
            socketMode = null;
            return;
        }
        try {
            socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.Tyrus);
            socketMode.startAsync();
            LOG.info("Slack: connected over Socket Mode");
        } catch (Exception e) {
            throw new ConfigurationException("Slack: Socket Mode could not connect with SLACK_APP_TOKEN: " + e.getMessage(), e);
        }
    }

    boolean connected() {
        return socketMode != null && socketMode.getClient() != null && socketMode.getClient().verifyConnection();
    }

    @PreDestroy
    void stop() throws Exception {
        if (socketMode != null) {
            socketMode.stop();
        }
    }
}
