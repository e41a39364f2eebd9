package curio.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Messages Curio sent a web user on its own (prompts, check-ins, nudges), the latest {@link #PER_USER}
 * of them. Reading does not remove them: each reader keeps its own cursor (the number of the last
 * message it saw), so one browser tab's read never takes a message from another. A {@link WebStream}
 * follows an inbox and is handed each message as it is added. In memory and bounded: the playground
 * is for trying Curio, not for keeping history.
 */
class WebInbox {

    static final int PER_USER = 200;
    static final int USERS = 10_000;
    private final Map<String, Box> inboxes = new ConcurrentHashMap<>();
    private final AtomicLong numbers;

    private record Entry(long number, Map<String, Object> message) {
    }

    /** One inbox and its followers; a box taken out of the map ({@code gone}) takes nothing more. */
    private static final class Box {
        final Deque<Entry> entries = new ArrayDeque<>();
        final Set<WebStream> followers = new LinkedHashSet<>();
        boolean gone;
    }

    /** Numbers the messages from {@code numbers}, which other ids share. */
    WebInbox(AtomicLong numbers) {
        this.numbers = numbers;
    }

    /**
     * Adds the message {@code render} makes of its number, and returns that number. The number is taken
     * under the inbox's lock, so an inbox's messages are in the order of their numbers.
     */
    long add(String user, LongFunction<Map<String, Object>> render) {
        while (true) {
            Box box = inboxes.size() >= USERS ? inboxes.get(user) : inboxes.computeIfAbsent(user, u -> new Box());
            if (box == null) {
                return numbers.incrementAndGet();
            }
            List<WebStream> told;
            long number;
            synchronized (box) {
                if (box.gone) {
                    continue;
                }
                number = numbers.incrementAndGet();
                Entry entry = new Entry(number, render.apply(number));
                box.entries.addLast(entry);
                while (box.entries.size() > PER_USER) {
                    box.entries.removeFirst();
                }
                box.followers.forEach(stream -> stream.queue(entry.number(), entry.message()));
                told = new ArrayList<>(box.followers);
            }
            told.forEach(WebStream::drain);
            return number;
        }
    }

    /** The messages numbered after {@code after}, oldest first. */
    List<Map<String, Object>> after(String user, long after) {
        Box box = inboxes.get(user);
        if (box == null) {
            return List.of();
        }
        synchronized (box) {
            return box.entries.stream().filter(e -> e.number() > after).map(Entry::message).toList();
        }
    }

    /** Queues on {@code stream} the messages after {@code after}, then every message added, until {@link #unfollow}. */
    void follow(String user, long after, WebStream stream) {
        while (true) {
            Box box = inboxes.computeIfAbsent(user, u -> new Box());
            synchronized (box) {
                if (box.gone) {
                    continue;
                }
                box.entries.stream().filter(e -> e.number() > after).forEach(e -> stream.queue(e.number(), e.message()));
                box.followers.add(stream);
                return;
            }
        }
    }

    void unfollow(String user, WebStream stream) {
        Box box = inboxes.get(user);
        if (box != null) {
            synchronized (box) {
                box.followers.remove(stream);
                dropIfEmpty(user, box);
            }
        }
    }

    int followers(String user) {
        Box box = inboxes.get(user);
        if (box == null) {
            return 0;
        }
        synchronized (box) {
            return box.followers.size();
        }
    }

    void clear(String user) {
        Box box = inboxes.get(user);
        if (box != null) {
            synchronized (box) {
                box.entries.clear();
                dropIfEmpty(user, box);
            }
        }
    }

    private void dropIfEmpty(String user, Box box) {
        if (box.entries.isEmpty() && box.followers.isEmpty()) {
            box.gone = true;
            inboxes.remove(user, box);
        }
    }
}
