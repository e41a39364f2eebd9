package curio.slack;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/**
 * Slack loads when any of its settings is set ({@link SlackSettings#VARIABLES}); it works with
 * {@code SLACK_BOT_TOKEN} (one workspace) or {@code SLACK_CLIENT_ID} (OAuth), and a half
 * configuration (say {@code SLACK_APP_TOKEN} alone) stops the start naming what is missing, instead
 * of quietly starting without Slack.
 */
public final class SlackConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        if (!(context.getBeanContext() instanceof PropertyResolver properties)) {
            return false;
        }
        return SlackSettings.VARIABLES.keySet().stream().anyMatch(name -> isSet(properties, name));
    }

    private static boolean isSet(PropertyResolver properties, String name) {
        return properties.get(name, String.class).filter(v -> !v.isBlank()).isPresent();
    }
}
