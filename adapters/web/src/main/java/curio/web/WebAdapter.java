package curio.web;

import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The WEB platform: one tenant, users named by the caller, messages kept in an inbox until read. */
@Singleton
@Requires(condition = WebEnabled.class)
public class WebAdapter implements ChatAdapter {

    public static final TenantId TENANT = new TenantId(Platform.WEB, "local");
    private final WebInbox inbox = new WebInbox();
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> homes = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Platform platform() {
        return Platform.WEB;
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) {
        SentMessage sent = new SentMessage(to, nextId());
        inbox.add(to.value(), WebRenderer.message(sent.id(), message));
        return sent;
    }

    @Override
    public void update(SentMessage target, Message message) {
        Map<String, Object> updated = new LinkedHashMap<>(WebRenderer.message(nextId(), message));
        updated.put("updates", target.id());
        inbox.add(target.conversation().value(), updated);
    }

    @Override
    public void publishHome(UserRef user, HomeView view) {
        homes.put(user.userId(), WebRenderer.home(view.blocks()));
    }

    @Override
    public Profile profile(UserRef user) {
        return new Profile(user.userId(), zones.getOrDefault(user.userId(), ZoneId.of("UTC")), Locale.ENGLISH, false);
    }

    @Override
    public Optional<ConversationRef> directConversation(UserRef user) {
        return Optional.of(conversation(user.userId()));
    }

    static ConversationRef conversation(String user) {
        return new ConversationRef(Platform.WEB, user);
    }

    void rememberZone(String user, ZoneId zone) {
        zones.put(user, zone);
    }

    Optional<Map<String, Object>> home(String user) {
        return Optional.ofNullable(homes.get(user));
    }

    java.util.List<Map<String, Object>> drainInbox(String user) {
        return inbox.drain(user);
    }

    String nextId() {
        return "w" + ids.incrementAndGet();
    }
}
