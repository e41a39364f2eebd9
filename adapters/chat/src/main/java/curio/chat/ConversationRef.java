package curio.chat;

/**
 * Where to reach someone: a Slack channel id, a serialized Teams conversation reference, a web
 * inbox. Opaque outside the adapter of {@code platform}: only that adapter reads {@code value}.
 * The engine stores it verbatim to message learners proactively.
 */
public record ConversationRef(Platform platform, String value) {

    public ConversationRef {
        if (platform == null || value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a conversation reference needs a platform and a value");
        }
    }
}
