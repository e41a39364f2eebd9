package curio.chat;

import java.util.Optional;

/**
 * One chat platform, as the engine sees it: proactive sends, edits, the home view and the
 * people's profiles. Implementations live in {@code adapters/*} and are found by bean discovery.
 */
public interface ChatAdapter {

    Platform platform();

    /** Delivers a message; returns once the platform accepted it. */
    SentMessage send(ConversationRef to, Message message) throws DeliveryException;

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
}
