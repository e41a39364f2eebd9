package curio.teams;

import curio.chat.BotEventHandler;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter loads only when configured, and refuses a half-configured start, naming the variable. */
class TeamsConfigTest {

    @Test
    void withoutAppIdOrDevModeTheAdapterDoesNotLoad() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("teams.app-id", "", "teams.dev-mode", "false",
                TestEngine.ENABLED, "true"))) {
            assertFalse(context.containsBean(TeamsAdapter.class));
            assertTrue(context.containsBean(BotEventHandler.class));
        }
    }

    @Test
    void anAppIdWithoutPasswordRefusesToStart() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "teams.app-id", "11111111-2222-3333-4444-555555555555", "teams.app-password", "")).close());
        assertTrue(messages(failure).contains("MicrosoftAppPassword"), messages(failure));
    }

    @Test
    void anAppIdWithoutTenantRefusesToStart() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "teams.app-id", "11111111-2222-3333-4444-555555555555", "teams.app-password", "secret",
                "teams.app-tenant-id", "")).close());
        assertTrue(messages(failure).contains("MicrosoftAppTenantId"), messages(failure));
        assertFalse(messages(failure).contains("secret"));
    }

    @Test
    void aBadDefaultTimeZoneRefusesToStart() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "teams.app-id", "", "teams.dev-mode", "true", "teams.default-timezone", "Mars/Base")).close());
        assertTrue(messages(failure).contains("TEAMS_DEFAULT_TIMEZONE"), messages(failure));
    }

    @Test
    void anAbbreviatedDefaultTimeZoneRefusesToStartNamingThePlacesItMayMean() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(Map.of(
                "teams.app-id", "", "teams.dev-mode", "true", "teams.default-timezone", "CET")).close());
        assertTrue(messages(failure).contains("TEAMS_DEFAULT_TIMEZONE") && messages(failure).contains("Europe/Berlin"),
                messages(failure));
    }

    @Test
    void devModeWithoutAppIdRunsWithoutAuthentication() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("teams.app-id", "", "teams.dev-mode", "true"))) {
            assertFalse(context.getBean(TeamsConfig.class).authenticated());
            assertTrue(context.containsBean(TeamsAdapter.class));
        }
    }

    /** The environment variable names, as Micronaut sees them (MicrosoftAppPassword becomes microsoftapppassword). */
    private static String startFails(Map<String, Object> environment) {
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(environment).close(), "a half configuration must not start without Teams");
        assertFalse(messages(failure).contains("s3cret"), "no secret is shown");
        return messages(failure);
    }

    @Test
    void aPasswordWithoutAppIdStopsTheStart() {
        String messages = startFails(Map.of("microsoftapppassword", "s3cret"));
        assertTrue(messages.contains("MicrosoftAppId is missing beside MicrosoftAppPassword"), messages);
    }

    @Test
    void aTenantWithoutAppIdStopsTheStart() {
        String messages = startFails(Map.of("microsoftapptenantid", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
        assertTrue(messages.contains("MicrosoftAppId is missing beside MicrosoftAppTenantId"), messages);
    }

    @Test
    void aPasswordAndTenantWithoutAppIdStopTheStart() {
        String messages = startFails(Map.of("microsoftapppassword", "s3cret",
                "microsoftapptenantid", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
        assertTrue(messages.contains("MicrosoftAppId is missing beside MicrosoftAppPassword, MicrosoftAppTenantId"),
                messages);
    }

    @Test
    void aDefaultTimeZoneAloneStopsTheStart() {
        String messages = startFails(Map.of("teams.default-timezone", "Europe/Berlin"));
        assertTrue(messages.contains("MicrosoftAppId is missing beside TEAMS_DEFAULT_TIMEZONE"), messages);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
