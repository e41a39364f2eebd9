package curio.chat;

import java.util.Objects;

/**
 * A file sent with a {@link Message} (a learner's export): its file name, media type and bytes. Slack
 * uploads it into the conversation, Teams attaches it, the web offers it as a download.
 */
public record ChatFile(String name, String mediaType, byte[] content) {

    public ChatFile {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("a file needs a plain file name: " + name);
        }
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
