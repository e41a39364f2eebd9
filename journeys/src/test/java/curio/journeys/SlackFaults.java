package curio.journeys;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How often one Web API method fails, decided call by call from a seeded {@link Random} (the same
 * calls in the same order fail the same way): a 429 with {@code Retry-After: 1}, or an HTTP 500,
 * some of them after the message was posted (Curio cannot tell whether it was). Each 429 is kept
 * with the time it was answered.
 */
public final class SlackFaults {

    enum Fault { NONE, RATE_LIMITED, FAILED, FAILED_AFTER_POSTING }

    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** A 429 given: when it was answered ({@code System.nanoTime()}) and for how long it holds the workspace back. */
    public record Throttle(long answered, Duration retryAfter) {
        public long over() {
            return answered + retryAfter.toNanos();
        }
    }

    private final Random random;
    private final double rateLimited;
    private final double failed;
    private final double postedFirst;
    private final List<Throttle> throttles = new CopyOnWriteArrayList<>();

    /** {@code rateLimited} and {@code failed} of the calls; {@code postedFirst} of the failed ones posted before failing. */
    public SlackFaults(long seed, double rateLimited, double failed, double postedFirst) {
        this.random = new Random(seed);
        this.rateLimited = rateLimited;
        this.failed = failed;
        this.postedFirst = postedFirst;
    }

    synchronized Fault next() {
        double draw = random.nextDouble();
        if (draw < rateLimited) {
            return Fault.RATE_LIMITED;
        }
        if (draw < rateLimited + failed) {
            return random.nextDouble() < postedFirst ? Fault.FAILED_AFTER_POSTING : Fault.FAILED;
        }
        return Fault.NONE;
    }

    void throttled(long answered) {
        throttles.add(new Throttle(answered, RETRY_AFTER));
    }

    public List<Throttle> throttles() {
        return List.copyOf(throttles);
    }
}
