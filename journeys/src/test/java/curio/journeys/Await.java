package curio.journeys;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for what a user would wait for: a reply arriving at a fake, a key disappearing. */
public final class Await {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private Await() {
    }

    public static <T> T until(Supplier<Optional<T>> probe, Supplier<String> otherwise) {
        return until(probe, otherwise, TIMEOUT);
    }

    public static <T> T until(Supplier<Optional<T>> probe, Supplier<String> otherwise, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s: " + otherwise.get());
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
