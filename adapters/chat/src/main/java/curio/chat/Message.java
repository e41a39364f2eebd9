package curio.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * One outbound chat message: a fallback (notifications, screen readers) and blocks. The fallback is
 * {@link Markdown} too, people's words in it escaped with {@link Markdown#literal}: Slack notifies from it.
 * A message may carry {@code files}; then {@code unattached} is what to send instead when the platform
 * refuses them (a missing permission, a 4xx): it says so and holds what the files would have told.
 */
public record Message(String text, List<Block> blocks, List<ChatFile> files, Message unattached) {

    public Message {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message needs fallback text");
        }
        blocks = List.copyOf(blocks);
        files = List.copyOf(files);
        if (!files.isEmpty() && (unattached == null || !unattached.files().isEmpty())) {
            throw new IllegalArgumentException("a message with files needs a message without files for when they cannot be attached");
        }
    }

    public Message(String text, List<Block> blocks) {
        this(text, blocks, List.of(), null);
    }

    /** This message with {@code files} attached; {@code unattached} goes out instead when they cannot be. */
    public Message withFiles(List<ChatFile> files, Message unattached) {
        return new Message(text, blocks, files, unattached);
    }

    /** A message of one markdown block. */
    public static Message text(String markdown) {
        return new Message(markdown, List.of(new Block.Text(markdown)));
    }

    public static Builder builder(String fallback) {
        return new Builder(fallback);
    }

    public static final class Builder {
        private final String fallback;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String fallback) {
            this.fallback = fallback;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Builder text(String markdown) {
            return add(new Block.Text(markdown));
        }

        public Builder context(String markdown) {
            return add(new Block.Context(markdown));
        }

        public Builder buttons(Block.Button... buttons) {
            return add(new Block.Buttons(List.of(buttons)));
        }

        public Message build() {
            return new Message(fallback, blocks);
        }
    }
}
