package curio.slack;

import com.slack.api.Slack;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import curio.chat.ChatAdapter;
import curio.chat.ConversationRef;
import curio.chat.DeliveryException;
import curio.chat.Form;
import curio.chat.HomeView;
import curio.chat.Message;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.SentMessage;
import curio.chat.TenantId;
import curio.chat.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;

/**
 * Curio on Slack, as the engine sees it: posts, edits, App Home, modals and profiles through the
 * Web API, paced per channel and workspace ({@link SlackPacer}: posts and delivery lookups) and
 * with Slack's errors mapped to {@link DeliveryException}.
 */
public final class SlackAdapter implements ChatAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);

    private final Slack slack;
    private final SlackTokens tokens;
    private final SlackPacer pacer;
    private final SlackProfiles profiles;
    private final SlackChannels channels;
    private final SlackPostMessage posts;

    SlackAdapter(Slack slack, SlackTokens tokens, SlackPacer pacer, SlackProfiles profiles, SlackChannels channels) {
        this.slack = slack;
        this.posts = new SlackPostMessage(slack);
        this.tokens = tokens;
        this.pacer = pacer;
        this.profiles = profiles;
        this.channels = channels;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    /** Every post and lookup goes through {@link SlackPacer}, which checks the workspace's Retry-After in Redis. */
    @Override
    public boolean honoursRetryAfterEverywhere() {
        return true;
    }

    @Override
    public SentMessage send(ConversationRef to, Message message) throws DeliveryException {
        return answer(to, message, null);
    }

    /** The pacer of this adapter's calls (for tests: its round trips). */
    SlackPacer pacer() {
        return pacer;
    }

    /**
     * Queues on {@code pipeline} the take of a place for the first answer in {@code to} ({@link SlackPacer#takeAhead}),
     * so that its post goes without a round trip of its own.
     */
    SlackPacer.Ahead takeAhead(AbstractPipeline pipeline, ConversationRef to) {
        SlackAddress address = SlackAddress.of(to);
        return pacer.takeAhead(pipeline, String.valueOf(address.team()), address.channel());
    }

    /** As {@link #send}, a reply to someone who just wrote, on the place {@code ahead} took for it (may be null). */
    SentMessage answer(ConversationRef to, Message message, SlackPacer.Ahead ahead) throws DeliveryException {
        return message.files().isEmpty() ? post(to, message, null, null, ahead) : upload(to, message);
    }

    /**
     * Uploads the message's files with the message as their comment ({@link SlackUploads}). When Slack
     * refuses them (no {@code files:write} scope, a 4xx) the message's unattached version is posted instead,
     * which says so; a conversation that is gone fails as any post does.
     */
    private SentMessage upload(ConversationRef to, Message message) throws DeliveryException {
        SlackAddress address = SlackAddress.of(to);
        String token = tokens.botToken(address.tenant(null));
        String team = String.valueOf(address.team());
        try {
            String channel = conversationId(address, token, false);
            pacer.answering(team, channel, () -> call(address.team(),
                    () -> SlackUploads.upload(slack.methods(token), channel, message)));
            return new SentMessage(new ConversationRef(Platform.SLACK, address.team() == null ? channel
                    : address.team() + "/" + channel), "");
        } catch (DeliveryException e) {
            if (e.kind() == DeliveryException.Kind.GONE) {
                throw e;
            }
            LOG.warn("Slack: {} files could not be uploaded in {} ({}{}): the message goes without them",
                    message.files().size(), team, e.getMessage(), "missing_scope".equals(e.getMessage())
                            ? ": add the bot scope files:write to the app and reinstall it" : "");
            return post(to, message.unattached(), null, null, null);
        }
    }

    /**
     * The id of the conversation {@code address} names; a DM addressed by user id is opened first
     * ({@code conversations.open}), since history and file uploads take conversation ids only.
     */
    private String conversationId(SlackAddress address, String token, boolean scheduled) throws DeliveryException {
        if (!SlackDeliveries.isUser(address.channel())) {
            return address.channel();
        }
        SlackPacer.Call<com.slack.api.methods.response.conversations.ConversationsOpenResponse> open = () -> call(
                address.team(), () -> slack.methods(token).conversationsOpen(r -> r.users(List.of(address.channel()))));
        String team = String.valueOf(address.team());
        return (scheduled ? pacer.paced(team, null, open) : pacer.answering(team, null, open)).getChannel().getId();
    }

    /** Posts with message metadata naming the delivery, so {@link #findDelivered} can find it. */
    @Override
    public SentMessage send(ConversationRef to, Message message, String deliveryId) throws DeliveryException {
        return post(to, message, null, SlackDeliveries.metadata(deliveryId), null);
    }

    /** Looks for the delivery's metadata in the DM's history ({@code conversations.history}, one page). */
    @Override
    public Optional<SentMessage> findDelivered(ConversationRef to, String deliveryId, Instant since)
            throws DeliveryException {
        SlackAddress address = SlackAddress.of(to);
        String token = tokens.botToken(address.tenant(null));
        String dm = conversationId(address, token, true);
        ConversationsHistoryResponse history = pacer.paced(String.valueOf(address.team()), null, () -> call(address.team(),
                () -> slack.methods(token).conversationsHistory(r -> r.channel(dm).oldest(SlackDeliveries.ts(since))
                        .includeAllMetadata(true).limit(SlackDeliveries.PAGE))));
        String value = address.team() == null ? dm : address.team() + "/" + dm;
        return history.getMessages() == null ? Optional.empty() : history.getMessages().stream()
                .filter(m -> SlackDeliveries.carries(m, deliveryId)).findFirst()
                .map(m -> new SentMessage(new ConversationRef(Platform.SLACK, value), m.getTs()));
    }

    /** Posts with {@code thread_ts}, so the reply lands in the parent's thread (a team's daily feed). */
    @Override
    public SentMessage replyInThread(SentMessage parent, Message message) throws DeliveryException {
        if (parent.id() == null || parent.id().isEmpty()) {
            throw DeliveryException.gone("the thread's parent message was never delivered");
        }
        return post(parent.conversation(), message, parent.id(), null, null);
    }

    private SentMessage post(ConversationRef to, Message message, String threadTs,
                             com.slack.api.model.Message.Metadata metadata, SlackPacer.Ahead ahead) throws DeliveryException {
        SlackAddress address = SlackAddress.of(to);
        String token = tokens.botToken(address.tenant(null));
        SlackPacer.Call<ChatPostMessageResponse> post = () -> {
            try {
                return call(address.team(), () -> posts.post(token, r -> r
                        .channel(address.channel()).threadTs(threadTs).text(SlackRenderer.text(message))
                        .blocks(SlackRenderer.render(message.blocks())).metadata(metadata)));
            } catch (DeliveryException e) {
                if (!invalidBlocks(e, "chat.postMessage", address, message)) {
                    throw e;
                }
                return call(address.team(), () -> posts.post(token, r -> r
                        .channel(address.channel()).threadTs(threadTs).text(SlackRenderer.plainText(message))
                        .metadata(metadata)));
            }
        };
        // a scheduled delivery (it carries its metadata) waits for a place among the calls in flight; an answer does not
        ChatPostMessageResponse sent = metadata != null ? pacer.paced(String.valueOf(address.team()), address.channel(), post)
                : pacer.answering(String.valueOf(address.team()), address.channel(), ahead, post);
        String channel = sent.getChannel() == null ? address.channel() : sent.getChannel();
        String value = address.team() == null ? channel : address.team() + "/" + channel;
        return new SentMessage(new ConversationRef(Platform.SLACK, value), sent.getTs());
    }

    @Override
    public void update(SentMessage target, Message message) throws DeliveryException {
        SlackAddress address = SlackAddress.of(target.conversation());
        String token = tokens.botToken(address.tenant(null));
        try {
            call(address.team(), () -> slack.methods(token).chatUpdate(r -> r.channel(address.channel()).ts(target.id())
                    .text(SlackRenderer.text(message)).blocks(SlackRenderer.render(message.blocks()))));
        } catch (DeliveryException e) {
            if (!invalidBlocks(e, "chat.update", address, message)) {
                throw e;
            }
            call(address.team(), () -> slack.methods(token).chatUpdate(r -> r.channel(address.channel()).ts(target.id())
                    .text(SlackRenderer.plainText(message)).blocks(List.of())));
        }
    }

    /**
     * Slack refused blocks Curio built: a bug in Curio, so sending the same blocks again is
     * pointless. It is logged as an error and the caller sends the words as plain text instead,
     * which the learner can still read; the outbox sees a delivered message, not a retry.
     */
    private static boolean invalidBlocks(DeliveryException e, String method, SlackAddress address, Message message) {
        if (!SlackErrors.INVALID_BLOCKS.equals(e.getMessage())) {
            return false;
        }
        LOG.error("Slack: {} in {} refused Curio's blocks ({} blocks, longest text {} chars), a bug: sent as plain text",
                method, address.team(), SlackRenderer.render(message.blocks()).size(),
                SlackRenderer.longestText(message.blocks()));
        return true;
    }

    @Override
    public void publishHome(UserRef user, HomeView view) throws DeliveryException {
        String token = tokens.botToken(user.tenant());
        call(user.tenant().id(), () -> slack.methods(token).viewsPublish(r -> r.userId(user.userId())
                .view(SlackViews.home(view))));
    }

    /** Opens a modal; {@code source} is the message whose click opened it (may be null). */
    void openForm(TenantId tenant, String triggerId, Form form, SentMessage source) throws DeliveryException {
        String token = tokens.botToken(tenant);
        call(tenant.id(), () -> slack.methods(token).viewsOpen(r -> r.triggerId(triggerId)
                .view(SlackViews.modal(form, source))));
    }

    @Override
    public Profile profile(UserRef user) {
        return profiles.profile(user);
    }

    @Override
    public Optional<ConversationRef> directConversation(UserRef user) {
        return Optional.of(SlackAddress.conversation(user.tenant(), user.userId()));
    }

    /** A {@code <#C123>} of this workspace as {@code T1/C123}; empty for anything that is not a channel id. */
    @Override
    public Optional<ConversationRef> channel(TenantId tenant, String channelId) {
        return SlackChannels.channel(tenant, channelId);
    }

    @Override
    public String channelId(ConversationRef channel) {
        return SlackAddress.of(channel).channel();
    }

    /**
     * Members from {@code conversations.members}, cached a minute; empty when Curio is not in the
     * channel. Throws {@link IllegalStateException} when Slack cannot answer right now.
     */
    @Override
    public Optional<Set<String>> members(ConversationRef channel) {
        return channels.members(channel);
    }

    /** Someone joined or left the channel: its member list is read again. */
    void membersChanged(ConversationRef channel) {
        channels.forget(channel);
    }

    private interface ApiCall<T extends com.slack.api.methods.SlackApiTextResponse> {
        T run() throws Exception;
    }

    private <T extends com.slack.api.methods.SlackApiTextResponse> T call(String team, ApiCall<T> call)
            throws DeliveryException {
        DeliveryException failure;
        try {
            return SlackErrors.check(String.valueOf(team), call.run());
        } catch (DeliveryException e) {
            failure = e;
        } catch (Exception e) {
            failure = SlackErrors.of(String.valueOf(team), e);
        }
        if (failure.kind() == DeliveryException.Kind.RATE_LIMITED) {
            pacer.rateLimited(String.valueOf(team), failure.retryAfter());
        }
        throw failure;
    }
}
