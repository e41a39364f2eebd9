package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import curio.chat.Platform;
import curio.chat.Profile;
import curio.chat.TenantId;
import curio.chat.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** The admin flag is asked of Slack again after an hour; when Slack cannot answer, nobody is an admin. */
class SlackProfilesTest {

    @Test
    void anAdminFlagOlderThanAnHourIsAskedAgainAndAFailedAnswerGrantsNothing() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); UnifiedJedis redis = RedisClient.create("127.0.0.1", TestRedis.port())) {
            Slack slack = api.client();
            Instant start = Instant.parse("2026-03-02T09:00:00Z");
            UserRef ada = new UserRef(new TenantId(Platform.SLACK, "T1"), "U-profile-1");
            redis.del(SlackKeys.user(ada.tenant(), ada.userId()));
            SlackTokens tokens = new SlackTokens("xoxb-1-single", null, slack);

            assertTrue(profiles(slack, tokens, redis, start).profile(ada).admin());
            assertTrue(profiles(slack, tokens, redis, start.plus(Duration.ofMinutes(59))).profile(ada).admin());
            assertEquals(1, api.calls("users.info").size(), "cached within the hour");

            api.script("users.info", 200, Map.of(), "{\"ok\":false,\"error\":\"ratelimited\"}");
            Profile unconfirmed = profiles(slack, tokens, redis, start.plus(Duration.ofMinutes(61))).profile(ada);
            assertEquals(2, api.calls("users.info").size());
            assertFalse(unconfirmed.admin(), "an admin flag Slack did not confirm grants nothing");
            assertEquals("Ada", unconfirmed.displayName(), "the rest of the cached profile still serves");
            redis.del(SlackKeys.user(ada.tenant(), ada.userId()));
        }
    }

    private static SlackProfiles profiles(Slack slack, SlackTokens tokens, UnifiedJedis redis, Instant now) {
        return new SlackProfiles(slack, tokens, redis, Clock.fixed(now, ZoneOffset.UTC));
    }
}
