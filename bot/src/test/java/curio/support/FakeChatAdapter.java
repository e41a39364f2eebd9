package curio.support;

import curio.chat.Block;
import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.UnsupportedBlockException;
import curio.chat.TenantId;
import curio.chat.UserRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat platform in memory (Hubot's DummyAdapter): records what Curio sent on its own and
 * which homes it published; profiles are set by the test. It claims the SLACK platform so it can
 * sit beside the web adapter; the real Slack adapter is off without tokens.
 */
@Singleton
@Requires(property = "curio.test.fake-adapter", value = "true")
public class FakeChatAdapter implements ChatAdapter {

    public record Sent(ConversationRef to, Message message, String id) {
    }

    /** A reply in a thread: {@code parent} is the id of the thread's first message. */
    public record ThreadReply(String parent, Message message) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Sent> updates = new CopyOnWriteArrayList<>();
    private final Map<String, HomeView> homes = new ConcurrentHashMap<>();
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> channels = new ConcurrentHashMap<>();
    private final List<ThreadReply> threadReplies = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    private final Set<String> refusing = ConcurrentHashMap.newKeySet();

    /** Sends to this conversation fail as the platform says when Curio was removed from it. */
    public void refuseSendsTo(String conversationValue) {
        refusing.add(conversationValue);
    }

    private final Map<String, AtomicInteger> failingOnce = new ConcurrentHashMap<>();

    /** One send to this conversation fails as a brief platform outage: the one after {@code accepted} more went through. */
    public void failOneSendTo(String conversationValue, int accepted) {
        failingOnce.put(conversationValue, new AtomicInteger(accepted));
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) throws DeliveryException {
        if (refusing.contains(to.value())) {
            throw DeliveryException.gone("not_in_channel");
        }
        AtomicInteger accepting = failingOnce.get(to.value());
        if (accepting != null && accepting.getAndDecrement() == 0) {
            throw DeliveryException.retry("platform outage");
        }
        message.blocks().forEach(FakeChatAdapter::check);
        String id = "m" + ids.incrementAndGet();
        sent.add(new Sent(to, message, id));
        return new SentMessage(to, id);
    }

    @Override
    public void update(SentMessage target, Message message) {
        updates.add(new Sent(target.conversation(), message, target.id()));
    }

    @Override
    public void publishHome(UserRef user, HomeView view) {
        view.blocks().forEach(FakeChatAdapter::check);
        homes.put(user.key(), view);
    }

    @Override
    public Profile profile(UserRef user) {
        return profiles.getOrDefault(user.key(), new Profile(user.userId(), ZoneId.of("UTC"), Locale.ENGLISH, false));
    }

    @Override
    public Optional<ConversationRef> directConversation(UserRef user) {
        return Optional.of(new ConversationRef(Platform.SLACK, "D-" + user.userId()));
    }

    /** Curio is in this channel, with these members. Channels not added here have not invited Curio. */
    public void addChannel(String channelId, String... members) {
        channels.put(channelId, Set.of(members));
    }

    @Override
    public Optional<ConversationRef> channel(TenantId tenant, String channelId) {
        return Optional.of(new ConversationRef(Platform.SLACK, "C:" + channelId));
    }

    @Override
    public String channelId(ConversationRef channel) {
        return channel.value().substring(2);
    }

    @Override
    public Optional<Set<String>> members(ConversationRef channel) {
        return Optional.ofNullable(channels.get(channelId(channel)));
    }

    @Override
    public SentMessage replyInThread(SentMessage parent, Message message) {
        message.blocks().forEach(FakeChatAdapter::check);
        threadReplies.add(new ThreadReply(parent.id(), message));
        return new SentMessage(parent.conversation(), "t" + ids.incrementAndGet());
    }

    public List<ThreadReply> threadReplies() {
        return List.copyOf(threadReplies);
    }

    public List<Sent> updates() {
        return List.copyOf(updates);
    }

    /** What was posted in a channel (not threads). */
    public List<Sent> postedIn(String channelId) {
        return sent.stream().filter(s -> s.to().value().equals("C:" + channelId)).toList();
    }

    private final List<UserRef> forgotten = new CopyOnWriteArrayList<>();

    @Override
    public void forget(UserRef user) {
        forgotten.add(user);
        profiles.remove(user.key());
    }

    public List<UserRef> forgotten() {
        return List.copyOf(forgotten);
    }

    public void setProfile(UserRef user, Profile profile) {
        profiles.put(user.key(), profile);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public Optional<HomeView> home(UserRef user) {
        return Optional.ofNullable(homes.get(user.key()));
    }

    public void clear() {
        sent.clear();
        updates.clear();
        homes.clear();
        profiles.clear();
        channels.clear();
        threadReplies.clear();
        refusing.clear();
        failingOnce.clear();
        forgotten.clear();
    }

    private static void check(Block block) {
        if (!(block instanceof Block.Text || block instanceof Block.Context || block instanceof Block.Buttons
                || block instanceof Block.Choice || block instanceof Block.Divider || block instanceof Block.Progress
                || block instanceof Block.Heatmap)) {
            throw new UnsupportedBlockException(Platform.SLACK, block);
        }
    }
}
