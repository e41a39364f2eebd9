package curio.web;

import io.micronaut.http.sse.Event;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One reader's live view of an inbox as Server-Sent Events: the reconnect delay ({@code retry}), the messages after
 * its cursor, then each message the moment the inbox takes it, each with its id as the event's
 * {@code id} (so a browser that reconnects sends it back as {@code Last-Event-ID}). Nothing is taken
 * from the inbox. A publisher for one subscriber that honours its demand: what it has not asked for
 * waits here, up to {@link #BEHIND} events; a reader further behind is ended at once, to come back
 * from its last id. Cancelling, or the end, stops following the inbox and tells {@code closed}.
 */
final class WebStream implements Publisher<Event<Object>>, Subscription {

    static final int BEHIND = 2 * WebInbox.PER_USER;
    static final Duration RETRY = Duration.ofSeconds(2);

    private final String inbox;
    private final String after;
    private final WebAdapter adapter;
    private final Consumer<WebStream> closed;
    private final Queue<Event<Object>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile Subscriber<? super Event<Object>> subscriber;
    private volatile boolean tooFarBehind;
    private volatile String badRequest;
    private int unclaimed;

    WebStream(String inbox, String after, WebAdapter adapter, Consumer<WebStream> closed) {
        this.inbox = inbox;
        this.after = after;
        this.adapter = adapter;
        this.closed = closed;
        offer(Event.<Object>of("").retry(RETRY));
    }

    String inbox() {
        return inbox;
    }

    @Override
    public void subscribe(Subscriber<? super Event<Object>> s) {
        if (!subscribed.compareAndSet(false, true)) {
            s.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            s.onError(new IllegalStateException("a web stream has one reader, and is closed once nobody took it"));
            return;
        }
        adapter.follow(inbox, after, this);
        s.onSubscribe(this);
        subscriber = s;
        drain();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            badRequest = "request(" + n + "): demand must be positive (rule 3.9)";
        } else {
            demand.getAndAccumulate(n, (had, more) -> had + more < 0 ? Long.MAX_VALUE : had + more);
        }
        drain();
    }

    @Override
    public void cancel() {
        close();
    }

    /** A message for this reader, told under the inbox's lock: queued, delivered by {@link #drain}. */
    void queue(long number, Map<String, Object> message) {
        if (queued.get() >= BEHIND) {
            tooFarBehind = true;
        } else {
            offer(Event.<Object>of(message).id("w" + number));
        }
    }

    /**
     * A comment that keeps proxies from closing a quiet stream (no data, so no event for the page). A stream
     * nobody subscribed to by its second heartbeat is closed, giving back its place.
     */
    void heartbeat() {
        if (!subscribed.get() && ++unclaimed >= 2 && subscribed.compareAndSet(false, true)) {
            done.set(true);
            closed.accept(this);
        } else if (queued.get() == 0) {
            offer(Event.<Object>of("").comment("heartbeat"));
            drain();
        }
    }

    private void offer(Event<Object> event) {
        queued.incrementAndGet();
        queue.offer(event);
    }

    /** Hands the subscriber what it asked for, one thread at a time. */
    void drain() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            Subscriber<? super Event<Object>> s = subscriber;
            if (s != null && !done.get()) {
                if (badRequest != null) {
                    close();
                    s.onError(new IllegalArgumentException(badRequest));
                    return;
                }
                Event<Object> next;
                while (demand.get() > 0 && !done.get() && (next = queue.poll()) != null) {
                    queued.decrementAndGet();
                    demand.getAndUpdate(d -> d == Long.MAX_VALUE ? d : d - 1);
                    s.onNext(next);
                }
                if (tooFarBehind && !done.get()) {
                    close();
                    s.onComplete();
                    return;
                }
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    private void close() {
        if (done.compareAndSet(false, true)) {
            adapter.unfollow(inbox, this);
            queue.clear();
            closed.accept(this);
        }
    }
}
