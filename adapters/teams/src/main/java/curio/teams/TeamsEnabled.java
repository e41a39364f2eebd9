package curio.teams;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/** Loads the Teams beans when {@code MicrosoftAppId} is set or {@code TEAMS_DEV_MODE=true}. */
public final class TeamsEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getBeanContext() instanceof PropertyResolver env && TeamsConfig.enabled(env);
    }
}
