package curio.delivery;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outbox entries (stream ids) whose message this run saw a platform accept in the last
 * {@link #WINDOW}, kept in memory. Redis replicates asynchronously: a failover (a crashed master, or
 * an operator's {@code SENTINEL FAILOVER}) loses the writes of its last moments, among them a
 * delivery's sent mark and the entry's acknowledgement and deletion, so the promoted master offers
 * the very same entry again as if it had never been sent. This run still knows it sent that entry,
 * and it is acknowledged without a second message. A new entry for the same delivery (queued again
 * after its mark was deleted on purpose) has another id and is sent as usual. Another replica
 * offered the entry does not know; that case stays as rare as a failover right after a send on the
 * other replica. Bounded: at most {@link #MOST} ids, the oldest forgotten first.
 */
@Singleton
class RecentSends {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MOST = 250_000;

    private record Sent(String entry, long at) {
    }

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Queue<Sent> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    void sent(String entryId) {
        long now = System.nanoTime();
        if (sentAt.put(entryId, now) == null) {
            size.incrementAndGet();
        }
        order.add(new Sent(entryId, now));
        forget(now);
    }

    boolean wasSent(String entryId) {
        Long at = sentAt.get(entryId);
        return at != null && System.nanoTime() - at < WINDOW.toNanos();
    }

    private synchronized void forget(long now) {
        for (Sent oldest = order.peek(); oldest != null; oldest = order.peek()) {
            if (now - oldest.at() < WINDOW.toNanos() && size.get() <= MOST) {
                return;
            }
            order.poll();
            if (sentAt.remove(oldest.entry(), oldest.at())) {
                size.decrementAndGet();
            }
        }
    }
}
