package curio.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open {@link WebStream}s: at most {@link #PER_INBOX} on one inbox (a user's or a room's: a few tabs)
 * and {@link #TOTAL} in all, each sent a heartbeat every 20 s. A stream gives its place back when its
 * reader goes away.
 */
@Singleton
@Requires(condition = WebEnabled.class)
public class WebStreams {

    static final int PER_INBOX = 8;
    static final int TOTAL = 256;

    private final WebAdapter adapter;
    private final int perInbox;
    private final int total;
    private final Map<String, Set<WebStream>> open = new HashMap<>();
    private int count;

    @Inject
    public WebStreams(WebAdapter adapter) {
        this(adapter, PER_INBOX, TOTAL);
    }

    WebStreams(WebAdapter adapter, int perInbox, int total) {
        this.adapter = adapter;
        this.perInbox = perInbox;
        this.total = total;
    }

    /** A new stream on {@code inbox} from the message after {@code after} ({@code w12}, or empty for all kept). */
    synchronized WebStream open(String inbox, String after) {
        Set<WebStream> streams = open.getOrDefault(inbox, Set.of());
        if (streams.size() >= perInbox) {
            throw new TooMany(perInbox + " streams are open on '" + inbox + "' already: close a tab, or read "
                    + "GET /web/api/inbox");
        }
        if (count >= total) {
            throw new TooMany(total + " streams are open on this playground already: try again later, or read "
                    + "GET /web/api/inbox");
        }
        WebStream stream = new WebStream(inbox, after, adapter, this::closed);
        open.computeIfAbsent(inbox, i -> new LinkedHashSet<>()).add(stream);
        count++;
        return stream;
    }

    /** How many streams are open on {@code inbox}. */
    synchronized int open(String inbox) {
        return open.getOrDefault(inbox, Set.of()).size();
    }

    /** Every 20 s ({@code curio.web.stream-heartbeat}, for tests). */
    @Scheduled(fixedDelay = "${curio.web.stream-heartbeat:20s}", initialDelay = "${curio.web.stream-heartbeat:20s}")
    void heartbeat() {
        List<WebStream> all;
        synchronized (this) {
            all = open.values().stream().flatMap(Set::stream).toList();
        }
        all.forEach(WebStream::heartbeat);
    }

    private synchronized void closed(WebStream stream) {
        Set<WebStream> streams = open.get(stream.inbox());
        if (streams != null && streams.remove(stream)) {
            count--;
            if (streams.isEmpty()) {
                open.remove(stream.inbox());
            }
        }
    }

    /** More streams than the playground keeps open: answered with 429 and this message. */
    static final class TooMany extends RuntimeException {
        TooMany(String message) {
            super(message);
        }
    }
}
