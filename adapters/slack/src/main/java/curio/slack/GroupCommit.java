package curio.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Small Redis writes handed in by many threads, sent in batches of up to {@code max} (one round trip
 * each) by whichever thread gets there while no other is writing; the others go on at once. Alone, a
 * thread writes its own item straight away; under load, one round trip carries what the others finished
 * meanwhile. A failed batch is handed to {@code failed} with the exception; its items are not tried again.
 */
final class GroupCommit<T> {

    private final int max;
    private final Consumer<List<T>> write;
    private final FailedBatch<T> failed;
    private final Queue<T> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    interface FailedBatch<T> {
        void failed(List<T> items, RuntimeException e);
    }

    GroupCommit(int max, Consumer<List<T>> write, FailedBatch<T> failed) {
        this.max = max;
        this.write = write;
        this.failed = failed;
    }

    void add(T item) {
        waiting.add(item);
        while (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
            List<T> batch = new ArrayList<>();
            try {
                T next;
                while (batch.size() < max && (next = waiting.poll()) != null) {
                    batch.add(next);
                }
                write.accept(batch);
            } catch (RuntimeException e) {
                failed.failed(batch, e);
            } finally {
                writing.set(false);
            }
        }
    }
}
