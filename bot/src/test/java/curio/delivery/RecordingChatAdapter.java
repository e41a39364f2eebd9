package curio.delivery;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A Teams-shaped chat adapter in memory: records every send attempt and every accepted message,
 * per conversation (the test composer uses the learner's key as conversation), and throws the
 * failures a test scripted for a conversation. {@code test.adapter.send-delay} makes sends slow.
 */
@Singleton
@Requires(env = "delivery-test")
public class RecordingChatAdapter implements ChatAdapter {

    public record Send(String to, String text, Instant at) {
    }

    private final Duration sendDelay;
    private final List<Send> attempts = new CopyOnWriteArrayList<>();
    private final List<Send> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<DeliveryException>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private final Set<String> reachedBeforeACrash = ConcurrentHashMap.newKeySet();
    private final AtomicInteger lookups = new AtomicInteger();
    private final Map<String, AtomicInteger> lookupsIn = new ConcurrentHashMap<>();
    private volatile Consumer<ConversationRef> beforeEachSend = to -> { };

    public RecordingChatAdapter(@Property(name = "test.adapter.send-delay", defaultValue = "0ms") Duration sendDelay) {
        this.sendDelay = sendDelay;
    }

    /** The next sends to this learner fail with these exceptions, in order. */
    public void failNext(UserRef user, DeliveryException... exceptions) {
        Deque<DeliveryException> queue = failures.computeIfAbsent(user.key(), k -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(exceptions));
        }
    }

    public List<Send> attemptsTo(UserRef user) {
        return attempts.stream().filter(s -> s.to().equals(user.key())).toList();
    }

    public List<Send> acceptedFor(UserRef user) {
        return accepted.stream().filter(s -> s.to().equals(user.key())).toList();
    }

    public List<Send> accepted() {
        return new ArrayList<>(accepted);
    }

    /** The delivery reached the learner's conversation, but its sender died before it heard so. */
    public void reachedBeforeACrash(UserRef user, String deliveryId) {
        reachedBeforeACrash.add(user.key() + " " + deliveryId);
    }

    public int lookups() {
        return lookups.get();
    }

    /** How often the learner's conversation was searched for a delivery. */
    public int lookupsFor(UserRef user) {
        return lookupsIn.getOrDefault(user.key(), new AtomicInteger()).get();
    }

    /** Runs before every send, on the sender's thread. */
    public void beforeEachSend(Consumer<ConversationRef> hook) {
        beforeEachSend = hook;
    }

    public int started() {
        return started.get();
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) throws DeliveryException {
        beforeEachSend.accept(to);
        started.incrementAndGet();
        Send send = new Send(to.value(), message.text(), Instant.now());
        attempts.add(send);
        Deque<DeliveryException> queue = failures.get(to.value());
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    throw queue.poll();
                }
            }
        }
        if (!sendDelay.isZero()) {
            try {
                Thread.sleep(sendDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.retry("interrupted");
            }
        }
        accepted.add(send);
        return new SentMessage(to, "m" + accepted.size());
    }

    /** Finds only what a test said {@link #reachedBeforeACrash}, like a platform that can look messages up. */
    @Override
    public Optional<SentMessage> findDelivered(ConversationRef to, String deliveryId, Instant since) {
        lookups.incrementAndGet();
        lookupsIn.computeIfAbsent(to.value(), k -> new AtomicInteger()).incrementAndGet();
        return reachedBeforeACrash.contains(to.value() + " " + deliveryId)
                ? Optional.of(new SentMessage(to, "found")) : Optional.empty();
    }

    @Override
    public void update(SentMessage target, Message message) {
        throw new UnsupportedOperationException("the delivery tests never edit");
    }

    @Override
    public void publishHome(UserRef user, HomeView view) {
        throw new UnsupportedOperationException("the delivery tests have no home view");
    }

    @Override
    public Profile profile(UserRef user) {
        throw new UnsupportedOperationException("the delivery tests read no profiles");
    }
}
