package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    private static String failure(Map<String, String> properties) {
        return assertThrows(RuntimeException.class, () -> SlackSettings.from(properties::get)).getMessage();
    }

    @Test
    void eachBadSettingIsNamedInTheError() {
        assertTrue(failure(Map.of("slack.bot.token", "nope", "slack.signing.secret", "s")).contains("SLACK_BOT_TOKEN"));
        assertTrue(failure(Map.of("slack.bot.token", "xoxb-1")).contains("SLACK_SIGNING_SECRET"));
        assertTrue(failure(Map.of("slack.bot.token", "xoxb-1", "slack.app.token", "xoxb-2")).contains("SLACK_APP_TOKEN"));
        assertTrue(failure(Map.of("slack.client.id", "1", "slack.signing.secret", "s")).contains("SLACK_CLIENT_SECRET"));
        assertTrue(failure(Map.of("slack.client.id", "1", "slack.client.secret", "x", "slack.signing.secret", "s"))
                .contains("CURIO_ENCRYPTION_KEY"));
        assertTrue(failure(Map.of("slack.client.id", "1", "slack.client.secret", "x", "slack.signing.secret", "s",
                "curio.encryption.key", "short")).contains("CURIO_ENCRYPTION_KEY"));
        assertTrue(failure(Map.of("slack.bot.token", "xoxb-1", "slack.signing.secret", "s", "slack.api.url", "ftp:x"))
                .contains("SLACK_API_URL"));
    }

    @Test
    void socketModeNeedsNoSigningSecretAndTheApiUrlDefaultsToSlack() {
        SlackSettings s = SlackSettings.from(Map.of("slack.bot.token", "xoxb-1", "slack.app.token", "xapp-1")::get);
        assertTrue(s.socketMode());
        assertFalse(s.oauth());
        assertEquals("https://slack.com/api/", s.apiUrl());
        assertEquals("http://proxy:8080/api/", SlackSettings.from(Map.of("slack.bot.token", "xoxb-1",
                "slack.signing.secret", "s", "slack.api.url", "http://proxy:8080/api")::get).apiUrl());
    }

    @Test
    void aBadSettingFailsTheStartAndWithoutSlackSettingsNothingLoads() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "slack.bot.token", "not-a-token", "slack.signing.secret", "s", "micronaut.server.port", "-1")));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("SLACK_BOT_TOKEN"), root.getMessage());
        try (ApplicationContext none = ApplicationContext.run(Map.of("micronaut.server.port", "-1"))) {
            assertFalse(none.containsBean(SlackAdapter.class));
            assertFalse(none.containsBean(SlackController.class));
        }
    }
}
