package curio.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages Curio sent a web user on its own (prompts, check-ins, nudges) until they are read.
 * In memory and bounded: the playground is for trying Curio, not for keeping history.
 */
class WebInbox {

    static final int PER_USER = 200;
    static final int USERS = 10_000;
    private final Map<String, Deque<Map<String, Object>>> inboxes = new ConcurrentHashMap<>();

    void add(String user, Map<String, Object> message) {
        if (inboxes.size() >= USERS && !inboxes.containsKey(user)) {
            return;
        }
        Deque<Map<String, Object>> inbox = inboxes.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (inbox) {
            inbox.addLast(message);
            while (inbox.size() > PER_USER) {
                inbox.removeFirst();
            }
        }
    }

    List<Map<String, Object>> drain(String user) {
        Deque<Map<String, Object>> inbox = inboxes.get(user);
        if (inbox == null) {
            return List.of();
        }
        synchronized (inbox) {
            List<Map<String, Object>> read = new ArrayList<>(inbox);
            inbox.clear();
            return read;
        }
    }
}
