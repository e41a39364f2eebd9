package curio.chat;

/**
 * A handle to a message an adapter delivered, so it can be edited later (a clicked quiz,
 * a progress board). {@code id} is opaque, like {@link ConversationRef#value()}.
 */
public record SentMessage(ConversationRef conversation, String id) {
}
