package curio.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the engine injects in production; the web module's tests run without the engine. */
@Factory
class TestClock {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
