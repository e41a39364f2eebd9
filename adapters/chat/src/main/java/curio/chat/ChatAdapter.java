package curio.chat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One chat platform, as the engine sees it: proactive sends, edits, the home view and the
 * people's profiles. Implementations live in {@code adapters/*} and are found by bean discovery.
 */
public interface ChatAdapter {

    Platform platform();

    /**
     * Delivers a message; returns once the platform accepted it. Its files, if any, go with it the
     * platform's way; when the platform refuses them, {@link Message#unattached()} is sent instead.
     */
    SentMessage send(ConversationRef to, Message message) throws DeliveryException;

    /**
     * Delivers a scheduled message tagged with {@code deliveryId}, so that {@link #findDelivered}
     * can recognise it after a crash. Platforms that cannot tag a message send it plainly.
     */
    default SentMessage send(ConversationRef to, Message message, String deliveryId) throws DeliveryException {
        return send(to, message);
    }

    /**
     * The message sent with {@code deliveryId} in {@code to} since {@code since}, when the platform
     * can look it up (Slack: message metadata in the conversation's history). Empty when it was not
     * sent or the platform cannot tell (Teams, web): the caller then sends it again.
     */
    default Optional<SentMessage> findDelivered(ConversationRef to, String deliveryId, Instant since)
            throws DeliveryException {
        return Optional.empty();
    }

    /**
     * Whether this adapter itself holds every call to a workspace back until that workspace's
     * {@code Retry-After} has passed, on every replica (Slack: its pacer in Redis). The outbox then
     * need not confirm a rate-limit slot again just before the send (one Redis round trip a message).
     */
    default boolean honoursRetryAfterEverywhere() {
        return false;
    }

    /** Replaces a message sent earlier. */
    void update(SentMessage target, Message message) throws DeliveryException;

    /** Publishes the learner's home view. Platforms without one may ignore it. */
    void publishHome(UserRef user, HomeView view) throws DeliveryException;

    /** Name, time zone, locale and admin flag, as the platform knows them (cached by the adapter). */
    Profile profile(UserRef user);

    /**
     * The one-to-one conversation with this user when the platform can open it without a saved
     * reference (Slack: the user id); empty when only a saved reference works (Teams).
     */
    default Optional<ConversationRef> directConversation(UserRef user) {
        return Optional.empty();
    }

    /**
     * Forgets what the adapter keeps about a person (profile caches, inboxes), when they delete
     * their data. Adapters that keep nothing need not override it.
     */
    default void forget(UserRef user) {
    }

    /**
     * A channel named in a message as {@code <#channelId>} (see {@link Mentions}), as a conversation
     * Curio can post to; empty when the platform does not know it.
     */
    default Optional<ConversationRef> channel(TenantId tenant, String channelId) {
        return Optional.empty();
    }

    /** The stable id of a channel conversation, the same one {@link #channel} takes. */
    default String channelId(ConversationRef channel) {
        return channel.value();
    }

    /**
     * The user ids of a channel's members; empty when Curio is not in the channel (it has to be
     * invited first), so callers can tell the person how to invite it.
     */
    default Optional<Set<String>> members(ConversationRef channel) {
        return Optional.empty();
    }

    /**
     * Posts in the thread of {@code parent} (a team's daily feed thread). Platforms without
     * threads post in the parent's conversation.
     */
    default SentMessage replyInThread(SentMessage parent, Message message) throws DeliveryException {
        return send(parent.conversation(), message);
    }
}
