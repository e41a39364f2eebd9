package curio.teamsbot;

import curio.ClockFactory;
import curio.support.MutableClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** The Teams end-to-end tests' clock: Monday 2026-03-02 07:00 UTC (08:00 in Berlin) until a test moves it. */
@Factory
public class TeamsClockFactory {

    static final String ENABLED = "curio.test.teams-clock";
    static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    @Requires(property = ENABLED, value = "true")
    MutableClock teamsTestClock() {
        return new MutableClock(START);
    }
}
