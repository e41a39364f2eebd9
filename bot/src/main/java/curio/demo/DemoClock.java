package curio.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * With {@code CURIO_DEMO=true}, Curio's clock: the system clock moved forward by what the playground's
 * "next day" button asked for ({@link DemoController}), so a visitor sees days pass in a minute.
 */
public class DemoClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    DemoClock(Clock system) {
        this.system = system;
    }

    /** Moves the clock forward to {@code instant}, never back. */
    void advanceTo(Instant instant) {
        ahead.updateAndGet(now -> {
            Duration wanted = Duration.between(system.instant(), instant);
            return wanted.compareTo(now) > 0 ? wanted : now;
        });
    }

    @Override
    public Instant instant() {
        return system.instant().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Curio's clock is UTC");
    }
}
