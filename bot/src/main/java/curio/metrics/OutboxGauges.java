package curio.metrics;

import curio.delivery.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's backlog as gauges: entries waiting, the age of the oldest and the retries waiting.
 * Read from Redis when they are scraped ({@link Outbox#backlog}, one round trip), at most once per
 * {@link #FRESH}, so the three gauges of one scrape cost one read. When Redis does not answer they
 * are NaN: the scrape still succeeds and the JVM's figures still arrive.
 */
@Singleton
class OutboxGauges implements MeterBinder {

    static final Duration FRESH = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);
    private static final Reading UNKNOWN = new Reading(Double.NaN, Double.NaN, Double.NaN, Instant.MIN);

    private final Outbox outbox;
    private final Clock clock;
    private Reading last = UNKNOWN;

    OutboxGauges(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    private record Reading(double length, double oldestAgeSeconds, double retrying, Instant at) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "curio.outbox.length", null, "Deliveries in the outbox stream: queued, or being sent",
                Reading::length);
        gauge(registry, "curio.outbox.oldest.age", "seconds",
                "How long the outbox's oldest entry has waited (0 when it is empty)", Reading::oldestAgeSeconds);
        gauge(registry, "curio.outbox.retries", null, "Deliveries waiting for a retry after a failed send",
                Reading::retrying);
    }

    private void gauge(MeterRegistry registry, String name, String unit, String description,
                       ToDoubleFunction<Reading> value) {
        Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.read()))
                .baseUnit(unit).description(description).strongReference(true).register(registry);
    }

    private synchronized Reading read() {
        Instant now = clock.instant();
        if (!now.isBefore(last.at()) && now.isBefore(last.at().plus(FRESH))) {
            return last;
        }
        try {
            Outbox.Backlog backlog = outbox.backlog();
            last = new Reading(backlog.length(), backlog.oldestAge().toMillis() / 1000.0, backlog.retrying(), now);
        } catch (RuntimeException e) {
            LOG.debug("Outbox gauges: Redis did not answer: {}", e.toString());
            last = new Reading(Double.NaN, Double.NaN, Double.NaN, now);
        }
        return last;
    }
}
