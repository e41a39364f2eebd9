package curio.teams;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps sends under Teams' limits: at most {@code perConversation} messages a second to one
 * conversation and {@code perTenant} a second to one tenant. {@link #acquire} waits for a slot.
 */
final class SendPacer {

    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final int MAX_IDLE_WINDOWS = 10_000;

    private final int perConversation;
    private final int perTenant;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();

    SendPacer(int perConversation, int perTenant, LongSupplier nanoTime, Sleeper sleeper) {
        this.perConversation = perConversation;
        this.perTenant = perTenant;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    static SendPacer teamsLimits() {
        return new SendPacer(7, 30, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    void acquire(String conversationId, String tenantId) throws InterruptedException {
        String conversationKey = "c:" + conversationId;
        String tenantKey = "t:" + tenantId;
        while (true) {
            long wait;
            synchronized (this) {
                long now = nanoTime.getAsLong();
                if (windows.size() > MAX_IDLE_WINDOWS) {
                    windows.values().removeIf(w -> w.isEmpty() || w.peekLast() <= now - SECOND);
                }
                wait = Math.max(waitNanos(conversationKey, perConversation, now), waitNanos(tenantKey, perTenant, now));
                if (wait <= 0) {
                    windows.get(conversationKey).addLast(now);
                    windows.get(tenantKey).addLast(now);
                    return;
                }
            }
            sleeper.sleep(wait);
        }
    }

    private long waitNanos(String key, int limit, long now) {
        ArrayDeque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= now - SECOND) {
            window.removeFirst();
        }
        return window.size() < limit ? 0 : window.peekFirst() + SECOND - now;
    }
}
