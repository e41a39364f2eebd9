package curio.delivery;

import curio.ClockFactory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** With {@code test.clock} set (an ISO instant), the application's clock stands still there. */
@Factory
@Requires(property = "test.clock")
public class FixedClockFactory {

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    Clock fixedClock(@Property(name = "test.clock") String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
