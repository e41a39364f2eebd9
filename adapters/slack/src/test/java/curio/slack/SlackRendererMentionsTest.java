package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.Markdown;
import curio.chat.Message;
import org.junit.jupiter.api.Test;

/** The engine names people and channels as {@code <@U1>} and {@code <#C1>}: Slack must show mentions, not text. */
class SlackRendererMentionsTest {

    @Test
    void peopleAndChannelsStayMentionsWhileOtherBracketsAndBroadcastsAreEscaped() {
        assertEquals("Thank you <@ULEAD>! Posted in <#C1LEARN|learning>.",
                SlackRenderer.toSlack("Thank you <@ULEAD>! Posted in <#C1LEARN|learning>."));
        assertEquals("a &lt;b&gt; c &lt;!here&gt; &amp; <https://x.io|link>",
                SlackRenderer.toSlack("a <b> c <!here> & [link](https://x.io)"));
    }

    @Test
    void aLearnersMentionIsTextButTheEnginesIsAMentionInTheNotificationTextToo() {
        Message message = Message.text("*Ada*: " + Markdown.literal("<@U0OTHER> <!here> [pizza](https://evil.example)")
                + " · led by <@ULEAD>");
        assertEquals("*Ada*: &lt;@U0OTHER&gt; &lt;!here&gt; [pizza](https://evil.example) · led by <@ULEAD>",
                SlackRenderer.text(message));
        assertEquals(SlackRenderer.text(message), SlackRenderer.plainText(message));
    }
}
