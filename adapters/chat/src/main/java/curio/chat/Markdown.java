package curio.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine writes a small markdown dialect: {@code *bold*}, {@code _italic_}, {@code `code`},
 * {@code [label](url)} and "- " bullets. Adapters convert it with these helpers.
 */
public final class Markdown {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");

    private Markdown() {
    }

    /** Slack mrkdwn: links become {@code <url|label>}, the rest is already Slack's syntax. */
    public static String toSlack(String markdown) {
        String escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher m = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<" + m.group(2) + "|" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString().replaceAll("(?m)^- ", "• ");
    }

    /** CommonMark as Teams renders it: {@code *bold*} becomes {@code **bold**}. */
    public static String toCommonMark(String markdown) {
        return markdown.replaceAll("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])", "**$1**");
    }

    /** Plain text: markup removed, links as "label (url)". */
    public static String toPlain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1 ($2)");
        return text.replaceAll("(?<![\\w])[*_`]([^*_`\\n]+)[*_`](?![\\w])", "$1");
    }
}
