package curio.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * One outbound chat message: a fallback (notifications, screen readers) and blocks. The fallback is
 * {@link Markdown} too, people's words in it escaped with {@link Markdown#literal}: Slack notifies from it.
 */
public record Message(String text, List<Block> blocks) {

    public Message {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message needs fallback text");
        }
        blocks = List.copyOf(blocks);
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
