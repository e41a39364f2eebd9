package curio.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** People's words put in with {@link Markdown#literal} read as typed on every platform, the engine's markup still works. */
class MarkdownLiteralTest {

    static final String TYPED = "<!channel> <@U0OTHER> & [free pizza](https://evil.example) <https://evil.example|docs> *x*";

    @Test
    void onSlackTheWordsAreEscapedWhileTheEnginesMentionsAndLinksStay() {
        String markdown = "*Ada*: " + Markdown.literal(TYPED) + " · led by <@ULEAD> · [help](https://curio.dev)";
        assertEquals("*Ada*: &lt;!channel&gt; &lt;@U0OTHER&gt; &amp; [free pizza](https://evil.example) "
                + "&lt;https://evil.example|docs&gt; *x* · led by <@ULEAD> · <https://curio.dev|help>", Markdown.toSlack(markdown));
    }

    @Test
    void inCommonMarkTheWordsAreBackslashEscapedAndAMentionOfTheirsIsNotRewritten() {
        String shown = Markdown.toCommonMark("*Ada*: " + Markdown.literal("<@U1> [a](https://evil.example) *x* \\ _y_"),
                m -> m.replace("<@U1>", "<at>Someone</at>"), Markdown.COMMONMARK);
        assertEquals("**Ada**: \\<@U1\\> \\[a\\](https://evil.example) \\*x\\* \\\\ \\_y\\_", shown);
    }

    @Test
    void inCodeTheWordsAreShownAsTheyAreAndCannotCloseTheBlock() {
        String shown = Markdown.toCommonMark("```\n" + Markdown.literal("{\"text\": \"*hi* ``` [a](b)\"}") + "\n```");
        assertEquals("```\n{\"text\": \"*hi* `\u200B`\u200B`\u200B [a](b)\"}\n```", shown);
    }

    @Test
    void asPlainTextTheWordsAreThemselves() {
        assertEquals("Ada: " + TYPED, Markdown.toPlain("*Ada*: " + Markdown.literal(TYPED)));
    }

    @Test
    void theEnginesOwnBackslashesAndUnescapedTextAreLeftAlone() {
        assertEquals("C:\\temp a &lt;b&gt;", Markdown.toSlack("C:\\temp a <b>"));
        assertEquals("a\\\\b", Markdown.literal("a\\b"));
        assertEquals("x\uFFFDy", Markdown.literal("x\uE03Cy"), "no character of theirs passes for an escaped one");
    }
}
