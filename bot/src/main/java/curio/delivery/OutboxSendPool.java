package curio.delivery;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that compose and send the entries of every batch of this process, at most
 * {@code curio.outbox.in-flight} at once: a platform call blocks its thread for its round trip, so
 * this number over the platform's latency is the most messages a second one replica can send. A send
 * that waits for its workspace's rate-limit slot waits on a timer, not on one of these threads.
 */
@Singleton
@Requires(beans = DeliveryComposer.class)
public class OutboxSendPool {

    private final ThreadPoolExecutor threads;
    private final ScheduledExecutorService timer;

    public OutboxSendPool(OutboxSettings settings) {
        AtomicInteger number = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(settings.inFlight(), settings.inFlight(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> daemon(task, "curio-send-" + number.incrementAndGet()));
        this.threads.allowCoreThreadTimeOut(true);
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "curio-send-timer"));
    }

    /**
     * Runs {@code step} on a sending thread at {@code nanoTime} ({@code System.nanoTime()}), at once
     * when that has passed; {@code refused} runs instead when the pool stopped.
     */
    void runAt(long nanoTime, Runnable step, Runnable refused) {
        long wait = nanoTime - System.nanoTime();
        try {
            if (wait <= 0) {
                threads.execute(step);
            } else {
                timer.schedule(() -> run(step, refused), wait, TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException e) {
            refused.run();
        }
    }

    private void run(Runnable step, Runnable refused) {
        try {
            threads.execute(step);
        } catch (RejectedExecutionException e) {
            refused.run();
        }
    }

    /**
     * Stops taking steps; those queued still run (each ends at once when its batch was released).
     * {@link OutboxSenders} calls it once its senders stopped.
     */
    void stop() {
        timer.shutdownNow();
        threads.shutdown();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
