package curio.chat;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine writes a small markdown dialect: {@code *bold*}, {@code _italic_}, {@code `code`},
 * {@code [label](url)}, "- " bullets and the mentions of {@link Mentions}. People's words are data,
 * not markup: the engine puts them in with {@link #literal}, which escapes each markup character
 * with a backslash, and every conversion here shows an escaped character as itself, on each
 * platform in that platform's own escaping. So a learner's {@code <!channel>}, {@code <@U1>} or
 * {@code [label](url)} never becomes a broadcast, a mention or a masked link.
 */
public final class Markdown {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
    /** An engine mention once Slack's three characters are escaped: {@code &lt;@U1&gt;}, {@code &lt;#C1|name&gt;}. */
    private static final Pattern SLACK_MENTION = Pattern.compile("&lt;([@#][A-Z0-9][A-Za-z0-9._-]*(?:\\|[^&<>\\n]*)?)&gt;");
    private static final Pattern SINGLE_STAR_BOLD = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w])[*_`]([^*_`\\n]+)[*_`](?![\\w])");
    private static final Pattern DASH_ITEM = Pattern.compile("(?m)^- ");
    /** What {@link #literal} escapes: the dialect's markup, the brackets of mentions and Slack's {@code &}. */
    private static final String SPECIAL = "\\*_`~[]<>&";
    /** While converting, an escaped character {@code c} stands in the text as {@code HIDDEN + c}. */
    private static final char HIDDEN = '\uE000';
    private static final char HIDDEN_END = '\uE07F';

    private Markdown() {
    }

    /** How one platform shows a literal character; {@code inCode} inside a code span or block. */
    @FunctionalInterface
    public interface Literal {
        String show(char c, boolean inCode);
    }

    /** Every character as itself: plain text. */
    public static final Literal AS_IS = (c, inCode) -> String.valueOf(c);

    /** CommonMark: a backslash escape, except in code, where characters are shown as they are. */
    public static final Literal COMMONMARK = (c, inCode) -> !inCode ? "\\" + c
            : c == '`' ? "`\u200B" : String.valueOf(c);

    /** Slack mrkdwn: its three control characters as entities (in code too); Slack has no escape for the rest. */
    public static final Literal SLACK = (c, inCode) -> switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        default -> String.valueOf(c);
    };

    /**
     * Words someone typed (a check-in, a goal, a name, a challenge title), to be put into engine
     * markdown and shown exactly as typed: no formatting, link, mention or broadcast of theirs works.
     */
    public static String literal(String words) {
        StringBuilder out = new StringBuilder(words.length() + 16);
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c >= HIDDEN && c <= HIDDEN_END ? '\uFFFD' : c);
        }
        return out.toString();
    }

    /**
     * {@code markdown} converted by {@code markup}, which sees the engine's markup only (escaped
     * characters are hidden from it), with each escaped character then shown by {@code literal}.
     */
    public static String convert(String markdown, UnaryOperator<String> markup, Literal literal) {
        return reveal(markup.apply(hide(markdown)), literal);
    }

    /** Slack mrkdwn: links become {@code <url|label>}, engine mentions stay mentions, all else is escaped. */
    public static String toSlack(String markdown) {
        return convert(markdown, Markdown::slackMarkup, SLACK);
    }

    /** CommonMark as Teams renders it: {@code *bold*} becomes {@code **bold**}. */
    public static String toCommonMark(String markdown) {
        return toCommonMark(markdown, UnaryOperator.identity(), COMMONMARK);
    }

    /** The same, the engine's mentions rewritten by {@code mentions}, literal characters shown by {@code literal}. */
    public static String toCommonMark(String markdown, UnaryOperator<String> mentions, Literal literal) {
        return convert(markdown, m -> SINGLE_STAR_BOLD.matcher(mentions.apply(m)).replaceAll("**$1**"),
                literal);
    }

    /** Plain text: markup removed, links as "label (url)". */
    public static String toPlain(String markdown) {
        return toPlain(markdown, UnaryOperator.identity());
    }

    /** The same, with the engine's mentions rewritten by {@code mentions}. */
    public static String toPlain(String markdown, UnaryOperator<String> mentions) {
        return convert(markdown, m -> EMPHASIS.matcher(LINK.matcher(mentions.apply(m)).replaceAll("$1 ($2)")).replaceAll("$1"),
                AS_IS);
    }

    private static String slackMarkup(String markdown) {
        String escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher m = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<" + m.group(2) + "|" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return SLACK_MENTION.matcher(DASH_ITEM.matcher(out).replaceAll("• ")).replaceAll("<$1>");
    }

    private static String hide(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && SPECIAL.indexOf(markdown.charAt(i + 1)) >= 0) {
                out.append((char) (HIDDEN + markdown.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Shows each hidden character, knowing whether the engine's backticks put it in code. */
    private static String reveal(String converted, Literal literal) {
        StringBuilder out = new StringBuilder(converted.length() + 16);
        boolean block = false;
        boolean span = false;
        for (int i = 0; i < converted.length(); i++) {
            char c = converted.charAt(i);
            if (c >= HIDDEN && c <= HIDDEN_END) {
                out.append(literal.show((char) (c - HIDDEN), block || span));
            } else if (converted.startsWith("```", i)) {
                block = !block;
                out.append("```");
                i += 2;
            } else {
                span = c == '`' && !block ? !span : span;
                out.append(c);
            }
        }
        return out.toString();
    }
}
