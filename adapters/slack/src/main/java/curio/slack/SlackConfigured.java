package curio.slack;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/** Slack loads only when {@code SLACK_BOT_TOKEN} (one workspace) or {@code SLACK_CLIENT_ID} (OAuth) is set. */
public final class SlackConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        if (!(context.getBeanContext() instanceof PropertyResolver properties)) {
            return false;
        }
        return isSet(properties, "slack.bot.token") || isSet(properties, "slack.client.id");
    }

    private static boolean isSet(PropertyResolver properties, String name) {
        return properties.get(name, String.class).filter(v -> !v.isBlank()).isPresent();
    }
}
