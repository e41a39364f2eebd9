package curio.web;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;
import java.util.List;
import java.util.Optional;

/**
 * The web playground is on when {@code CURIO_WEB=true}, or when no other platform is configured;
 * {@code CURIO_WEB=false} turns it off. Anyone who can reach it can speak as any web user, so a
 * deployment with Slack or Teams never exposes it by accident.
 */
public class WebEnabled implements Condition {

    static final List<String> OTHER_PLATFORMS = List.of("slack.bot.token", "slack.client.id", "microsoftappid",
            "microsoft.app.id", "teams.dev.mode");

    @Override
    public boolean matches(ConditionContext context) {
        PropertyResolver properties = (PropertyResolver) context.getBeanContext();
        Optional<String> web = properties.getProperty("curio.web", String.class);
        if (web.isPresent() && !web.get().isBlank()) {
            return Boolean.parseBoolean(web.get().trim());
        }
        return OTHER_PLATFORMS.stream().map(p -> properties.getProperty(p, String.class).orElse(""))
                .allMatch(value -> value.isBlank() || value.equalsIgnoreCase("false"));
    }
}
