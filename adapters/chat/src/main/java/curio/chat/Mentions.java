package curio.chat;

import java.util.Optional;
import java.util.function.BiFunction;
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
    private static final Pattern ANY = Pattern.compile("<([@#])([^>|\\s]+)(?:\\|([^>]*))?>");

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

    /**
     * {@code text} with each mention replaced by what {@code user} or {@code channel} make of its id
     * and label (null without one): how an adapter shows them on a platform with another syntax.
     */
    public static String rewrite(String text, BiFunction<String, String, String> user,
                                 BiFunction<String, String, String> channel) {
        Matcher m = ANY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3);
            String shown = "@".equals(m.group(1)) ? user.apply(m.group(2), label) : channel.apply(m.group(2), label);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
