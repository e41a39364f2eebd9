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
    void devModeWithoutAppIdRunsWithoutAuthentication() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("teams.app-id", "", "teams.dev-mode", "true"))) {
            assertFalse(context.getBean(TeamsConfig.class).authenticated());
            assertTrue(context.containsBean(TeamsAdapter.class));
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
