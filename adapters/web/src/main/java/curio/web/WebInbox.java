package curio.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages Curio sent a web user on its own (prompts, check-ins, nudges), the latest {@link #PER_USER}
 * of them. Reading does not remove them: each reader keeps its own cursor (the number of the last
 * message it saw), so one browser tab's read never takes a message from another. In memory and bounded:
 * the playground is for trying Curio, not for keeping history.
 */
class WebInbox {

    static final int PER_USER = 200;
    static final int USERS = 10_000;
    private final Map<String, Deque<Entry>> inboxes = new ConcurrentHashMap<>();

    private record Entry(long number, Map<String, Object> message) {
    }

    void add(String user, long number, Map<String, Object> message) {
        if (inboxes.size() >= USERS && !inboxes.containsKey(user)) {
            return;
        }
        Deque<Entry> inbox = inboxes.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (inbox) {
            inbox.addLast(new Entry(number, message));
            while (inbox.size() > PER_USER) {
                inbox.removeFirst();
            }
        }
    }

    /** The messages numbered after {@code after}, oldest first. */
    List<Map<String, Object>> after(String user, long after) {
        Deque<Entry> inbox = inboxes.get(user);
        if (inbox == null) {
            return List.of();
        }
        synchronized (inbox) {
            return inbox.stream().filter(e -> e.number() > after).map(Entry::message).toList();
        }
    }

    void clear(String user) {
        inboxes.remove(user);
    }
}
