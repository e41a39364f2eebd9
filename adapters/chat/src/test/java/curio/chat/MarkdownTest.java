package curio.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void slackGetsAngleBracketLinksEscapedTextAndBullets() {
        assertEquals("*Hi* <https://x.io|docs> &lt;b&gt;\n• one",
                Markdown.toSlack("*Hi* [docs](https://x.io) <b>\n- one"));
    }

    @Test
    void teamsGetsDoubleStarBold() {
        assertEquals("**Streak** is _7_", Markdown.toCommonMark("*Streak* is _7_"));
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("Streak 7 days: docs (https://x.io)", Markdown.toPlain("*Streak* `7` days: [docs](https://x.io)"));
    }

    @Test
    void userAndTenantKeysRoundTrip() {
        UserRef user = new UserRef(new TenantId(Platform.SLACK, "T1"), "U|odd");
        assertEquals(user, UserRef.parse(user.key()));
    }
}
