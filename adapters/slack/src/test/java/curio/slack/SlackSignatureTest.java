package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TIMESTAMP = "1531420618";
    static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String EXPECTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSignature at(long epochSecond) {
        return new SlackSignature(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void slacksDocumentedExampleVerifies() {
        assertEquals(EXPECTED, at(1531420618).sign(TIMESTAMP, BODY));
        assertTrue(at(1531420618 + 299).verify(TIMESTAMP, EXPECTED, BODY));
    }

    @Test
    void aStaleOrFutureTimestampIsRejected() {
        assertFalse(at(1531420618 + 301).verify(TIMESTAMP, EXPECTED, BODY));
        assertFalse(at(1531420618 - 301).verify(TIMESTAMP, EXPECTED, BODY));
    }

    @Test
    void aTimestampFarFromNowIsRejectedWithoutOverflow() {
        long now = 1531420618;
        for (String timestamp : new String[] {Long.toString(Long.MIN_VALUE + now), Long.toString(Long.MIN_VALUE),
                Long.toString(Long.MAX_VALUE), Long.toString(now - Long.MAX_VALUE), "-1", "99999999999999999999"}) {
            assertFalse(at(now).verify(timestamp, at(now).sign(timestamp, BODY), BODY), timestamp);
        }
    }

    @Test
    void aWrongOrMissingSignatureIsRejected() {
        SlackSignature now = at(1531420618);
        assertFalse(now.verify(TIMESTAMP, EXPECTED.replace('a', 'b'), BODY));
        assertFalse(now.verify(TIMESTAMP, EXPECTED, BODY + "&x=1"));
        assertFalse(now.verify(null, EXPECTED, BODY));
        assertFalse(now.verify(TIMESTAMP, null, BODY));
        assertFalse(now.verify("soon", EXPECTED, BODY));
    }
}
