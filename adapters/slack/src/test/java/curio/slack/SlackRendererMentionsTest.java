package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
