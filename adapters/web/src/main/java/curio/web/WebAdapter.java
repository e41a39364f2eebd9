package curio.web;

import curio.chat.ChatAdapter;
import curio.chat.ChatFile;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The WEB platform: one tenant, users named by the caller, messages kept in an inbox until read. */
@Singleton
@Requires(condition = WebEnabled.class)
public class WebAdapter implements ChatAdapter {

    public static final TenantId TENANT = new TenantId(Platform.WEB, "local");
    private final AtomicLong ids = new AtomicLong();
    private final WebInbox inbox = new WebInbox(ids);
    private final WebDownloads downloads;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    private final Map<String, Boolean> admins = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> channelMembers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> homes = new ConcurrentHashMap<>();

    public WebAdapter(Clock clock) {
        this.downloads = new WebDownloads(clock);
    }

    @Override
    public Platform platform() {
        return Platform.WEB;
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) {
        long number = inbox.add(to.value(), n -> rendered("w" + n, message, to.value()));
        return new SentMessage(to, "w" + number);
    }

    @Override
    public void update(SentMessage target, Message message) {
        inbox.add(target.conversation().value(), number -> {
            Map<String, Object> updated = new LinkedHashMap<>(WebRenderer.message("w" + number, message));
            updated.put("updates", target.id());
            return updated;
        });
    }

    @Override
    public void publishHome(UserRef user, HomeView view) {
        homes.put(user.userId(), WebRenderer.home(view.blocks()));
    }

    @Override
    public Profile profile(UserRef user) {
        return new Profile(user.userId(), zones.getOrDefault(user.userId(), ZoneId.of("UTC")), Locale.ENGLISH,
                admins.getOrDefault(user.userId(), false));
    }

    /** Web channels are rooms named by whoever speaks in them: {@code #general}. */
    @Override
    public Optional<ConversationRef> channel(TenantId tenant, String channelId) {
        return Optional.of(channelConversation(channelId));
    }

    @Override
    public String channelId(ConversationRef channel) {
        return channel.value().startsWith("#") ? channel.value().substring(1) : channel.value();
    }

    /** Whoever has spoken in the room; empty for a room nobody (so neither Curio) has been in. */
    @Override
    public Optional<Set<String>> members(ConversationRef channel) {
        return Optional.ofNullable(channelMembers.get(channelId(channel))).map(Set::copyOf);
    }

    @Override
    public SentMessage replyInThread(SentMessage parent, Message message) {
        long number = inbox.add(parent.conversation().value(), n -> {
            Map<String, Object> reply = new LinkedHashMap<>(WebRenderer.message("w" + n, message));
            reply.put("thread", parent.id());
            return reply;
        });
        return new SentMessage(parent.conversation(), "w" + number);
    }

    @Override
    public Optional<ConversationRef> directConversation(UserRef user) {
        return Optional.of(conversation(user.userId()));
    }

    static ConversationRef conversation(String user) {
        return new ConversationRef(Platform.WEB, user);
    }

    @Override
    public void forget(UserRef user) {
        zones.remove(user.userId());
        admins.remove(user.userId());
        homes.remove(user.userId());
        inbox.clear(user.userId());
        downloads.clear(user.userId());
        channelMembers.values().forEach(members -> members.remove(user.userId()));
    }

    void rememberZone(String user, ZoneId zone) {
        zones.put(user, zone);
    }

    void rememberAdmin(String user, boolean admin) {
        admins.put(user, admin);
    }

    /** True when this is the person's first word in the room. */
    boolean joinChannel(String user, String channel) {
        return channelMembers.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(user);
    }

    static ConversationRef channelConversation(String channel) {
        return new ConversationRef(Platform.WEB, "#" + channel);
    }

    Optional<Map<String, Object>> home(String user) {
        return Optional.ofNullable(homes.get(user));
    }

    /**
     * The inbox's messages after the one with id {@code after} ({@code w12}; empty for all it keeps). A
     * cursor from before a restart (ids restart with the process) is past every id, and reads all.
     */
    java.util.List<Map<String, Object>> inbox(String user, String after) {
        return inbox.after(user, cursor(after));
    }

    /** Hands {@code stream} the inbox's messages after {@code after} (as {@link #inbox} reads them), then each new one. */
    void follow(String user, String after, WebStream stream) {
        inbox.follow(user, cursor(after), stream);
    }

    void unfollow(String user, WebStream stream) {
        inbox.unfollow(user, stream);
    }

    /** How many streams follow the inbox now. */
    int followers(String user) {
        return inbox.followers(user);
    }

    private long cursor(String after) {
        long cursor = after.isEmpty() ? 0 : Long.parseLong(after.substring(1));
        return cursor > ids.get() ? 0 : cursor;
    }

    /**
     * A message as the API returns it; its files are kept for {@code owner} and listed under {@code files}
     * with the address that downloads each ({@code GET /web/api/files/<id>?user=<owner>}).
     */
    Map<String, Object> rendered(String id, Message message, String owner) {
        Map<String, Object> out = new LinkedHashMap<>(WebRenderer.message(id, message));
        if (!message.files().isEmpty()) {
            out.put("files", message.files().stream().map(file -> WebRenderer.file(file, "/web/api/files/"
                    + downloads.keep(owner, file) + "?user=" + URLEncoder.encode(owner, StandardCharsets.UTF_8))).toList());
        }
        return out;
    }

    /** A file sent to {@code owner} within the last hour. */
    Optional<ChatFile> download(String owner, String id) {
        return downloads.find(owner, id);
    }

    String nextId() {
        return "w" + ids.incrementAndGet();
    }
}
