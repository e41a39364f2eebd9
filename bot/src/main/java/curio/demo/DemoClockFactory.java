package curio.demo;

import curio.ClockFactory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * {@code CURIO_DEMO=true}: Curio runs on a {@link DemoClock} the playground can move forward
 * ({@link DemoController} refuses to start beside Slack or Teams).
 */
@Factory
@Requires(property = "curio.demo", value = "true")
public class DemoClockFactory {

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    DemoClock clock() {
        return new DemoClock(Clock.systemUTC());
    }
}
