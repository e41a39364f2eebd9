package curio.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people and channels are named in {@link BotEvent.MessageReceived#text()}: adapters rewrite
 * their platform's mentions to {@code <@userId>} and {@code <#channelId>} (Slack's own syntax,
 * an optional {@code |label} allowed), so the engine reads one form on every platform.
 */
public final class Mentions {

    private static final Pattern USER = Pattern.compile("<@([^>|\\s]+)(?:\\|[^>]*)?>");
    private static final Pattern CHANNEL = Pattern.compile("<#([^>|\\s]+)(?:\\|([^>]*))?>");

    private Mentions() {
    }

    public static String user(String userId) {
        return "<@" + userId + ">";
    }

    public static String channel(String channelId) {
        return "<#" + channelId + ">";
    }

    /** The first user mentioned in {@code text}. */
    public static Optional<String> firstUser(String text) {
        Matcher m = USER.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The label of the first channel mentioned, when the platform sent one ({@code <#C1|learning>}). */
    public static Optional<String> firstChannelLabel(String text) {
        Matcher m = CHANNEL.matcher(text);
        return m.find() && m.group(2) != null && !m.group(2).isBlank() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** The first channel mentioned in {@code text}. */
    public static Optional<String> firstChannel(String text) {
        Matcher m = CHANNEL.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
