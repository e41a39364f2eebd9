package curio.web;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The web playground is on when {@code CURIO_WEB=true}, or when no other platform is configured;
 * {@code CURIO_WEB=false} turns it off. Anyone who can reach it can speak as any web user, so a
 * deployment with Slack or Teams never exposes it by accident.
 */
public class WebEnabled implements Condition {

    /** Every name the Slack and Teams adapters accept for their switches (env vars and properties). */
    static final List<String> OTHER_PLATFORMS = List.of("slack.bot.token", "slack.client.id", "microsoftappid",
            "microsoft.app.id", "teams.app-id", "teams.app.id", "teams.dev-mode", "teams.dev.mode");
    static final List<String> OTHER_PLATFORM_VARIABLES = List.of("SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "MicrosoftAppId",
            "TEAMS_DEV_MODE");

    @Override
    public boolean matches(ConditionContext context) {
        return on((PropertyResolver) context.getBeanContext());
    }

    static boolean on(PropertyResolver properties) {
        Optional<String> web = properties.getProperty("curio.web", String.class);
        if (web.isPresent() && !web.get().isBlank()) {
            return Boolean.parseBoolean(web.get().trim());
        }
        boolean noProperty = OTHER_PLATFORMS.stream().map(p -> properties.getProperty(p, String.class).orElse(""))
                .allMatch(WebEnabled::off);
        boolean noVariable = OTHER_PLATFORM_VARIABLES.stream().map(System::getenv).allMatch(WebEnabled::off);
        return noProperty && noVariable;
    }

    /**
     * Teams in development mode: {@code TEAMS_DEV_MODE=true} without {@code MicrosoftAppId}, so
     * {@code /api/messages} takes activities without a token, from anyone who can reach it.
     */
    static boolean teamsWithoutAuthentication(PropertyResolver properties) {
        return settings(properties, "TEAMS_DEV_MODE", "teams.dev-mode", "teams.dev.mode")
                .anyMatch(value -> value.trim().equalsIgnoreCase("true"))
                && settings(properties, "MicrosoftAppId", "microsoftappid", "microsoft.app.id", "teams.app-id", "teams.app.id")
                .allMatch(String::isBlank);
    }

    /** The values set for a switch, as properties or its environment variable. */
    private static Stream<String> settings(PropertyResolver properties, String variable, String... names) {
        return Stream.concat(Stream.of(names).map(name -> properties.getProperty(name, String.class).orElse(null)),
                Stream.of(System.getenv(variable))).filter(Objects::nonNull);
    }

    private static boolean off(String value) {
        return value == null || value.isBlank() || value.equalsIgnoreCase("false");
    }
}
