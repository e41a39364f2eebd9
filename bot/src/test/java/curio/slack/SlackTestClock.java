package curio.slack;

import curio.ClockFactory;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The Slack end-to-end tests' clock: the real Slack adapter instead of the fake one, so
 * {@code curio.test.fake-adapter} stays off and this factory is switched on by its own property.
 */
@Factory
public class SlackTestClock {

    public static final String PROPERTY = "curio.test.slack-e2e";

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    @Requires(property = PROPERTY, value = "true")
    MutableClock clock() {
        return new MutableClock(TestClockFactory.START);
    }
}
