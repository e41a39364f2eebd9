package curio.support;

import curio.ClockFactory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Engine tests run on a clock they set: Monday 2026-03-02 10:00 UTC unless a test moves it. */
@Factory
public class TestClockFactory {

    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    @Requires(property = "curio.test.fake-adapter", value = "true")
    MutableClock clock() {
        return new MutableClock(START);
    }
}
