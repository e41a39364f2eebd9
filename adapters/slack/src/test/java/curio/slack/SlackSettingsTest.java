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
        assertTrue(failure(Map.of("slack.client.id", "1", "slack.client.secret", "x", "slack.signing.secret", "s",
                "curio.encryption.key", SlackOAuthTest.KEY, "curio.encryption.key.old", "short"))
                .contains("CURIO_ENCRYPTION_KEY_OLD must be 32 random bytes"));
        assertTrue(failure(Map.of("slack.bot.token", "xoxb-1", "slack.signing.secret", "s",
                "curio.encryption.key.old", SlackOAuthTest.KEY)).contains("SLACK_CLIENT_ID is missing beside CURIO_ENCRYPTION_KEY_OLD"));
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

    /** Starts Curio with these settings and returns every message of the failure; the start must fail. */
    private static String startFails(Map<String, Object> settings) {
        Map<String, Object> all = new java.util.HashMap<>(settings);
        all.put("micronaut.server.port", "-1");
        RuntimeException e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(all).close(),
                "a half configuration must stop the start, not start without Slack");
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        assertFalse(messages.toString().contains("s3cret"), "no secret is shown");
        return messages.toString();
    }

    private static void assertNames(String messages, String... variables) {
        for (String variable : variables) {
            assertTrue(messages.contains(variable), variable + " in: " + messages);
        }
    }

    @Test
    void anAppTokenAndSigningSecretWithoutBotTokenStopTheStart() {
        assertNames(startFails(Map.of("slack.app.token", "xapp-1-s3cret", "slack.signing.secret", "s3cret")),
                "SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (OAuth, many workspaces) is missing",
                "SLACK_SIGNING_SECRET, SLACK_APP_TOKEN");
    }

    @Test
    void anAppTokenAloneStopsTheStart() {
        assertNames(startFails(Map.of("slack.app.token", "xapp-1-s3cret")), "SLACK_BOT_TOKEN", "SLACK_CLIENT_ID",
                "beside SLACK_APP_TOKEN");
    }

    @Test
    void aSigningSecretAloneStopsTheStart() {
        assertNames(startFails(Map.of("slack.signing.secret", "s3cret")), "SLACK_BOT_TOKEN", "SLACK_CLIENT_ID",
                "beside SLACK_SIGNING_SECRET");
    }

    @Test
    void oauthSettingsWithoutTheClientIdStopTheStart() {
        assertNames(startFails(Map.of("slack.client.secret", "s3cret", "slack.signing.secret", "s3cret",
                "curio.encryption.key", SlackOAuthTest.KEY)), "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET");
    }

    @Test
    void aClientSecretBesideABotTokenStopsTheStartForWantOfTheClientId() {
        assertNames(startFails(Map.of("slack.bot.token", "xoxb-1-test", "slack.signing.secret", "s3cret",
                "slack.client.secret", "s3cret")), "SLACK_CLIENT_ID is missing beside SLACK_CLIENT_SECRET");
    }

    @Test
    void aRedirectUriAloneStopsTheStart() {
        assertNames(startFails(Map.of("slack.redirect.uri", "https://curio.example.com/slack/oauth_redirect")),
                "SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "beside SLACK_REDIRECT_URI");
    }

    @Test
    void anEncryptionKeyAloneStopsTheStart() {
        assertNames(startFails(Map.of("curio.encryption.key", SlackOAuthTest.KEY)), "SLACK_BOT_TOKEN",
                "SLACK_CLIENT_ID", "beside CURIO_ENCRYPTION_KEY");
    }

    @Test
    void anApiUrlAloneStopsTheStart() {
        assertNames(startFails(Map.of("slack.api.url", "http://127.0.0.1:9/api/")), "SLACK_BOT_TOKEN",
                "SLACK_CLIENT_ID", "beside SLACK_API_URL");
    }

    @Test
    void aBotTokenWithoutSigningSecretOrAppTokenStopsTheStart() {
        assertNames(startFails(Map.of("slack.bot.token", "xoxb-1-test")), "SLACK_SIGNING_SECRET");
    }

    @Test
    void aClientIdWithoutItsSecretStopsTheStart() {
        assertNames(startFails(Map.of("slack.client.id", "1.2", "slack.signing.secret", "s3cret")),
                "SLACK_CLIENT_SECRET");
    }
}
