package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slack.api.Slack;
import com.slack.api.bolt.model.builtin.DefaultBot;
import curio.chat.DeliveryException;
import curio.chat.Platform;
import curio.chat.TenantId;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** OAuth plus SLACK_BOT_TOKEN: each workspace gets its own token, and the single token only its own team. */
class SlackTokensTest {

    static TenantId team(String id) {
        return new TenantId(Platform.SLACK, id);
    }

    @Test
    void theSingleTokenServesOnlyItsOwnWorkspaceAndAnUnknownOneWaitsForAReinstall() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); UnifiedJedis redis = RedisClient.create("127.0.0.1", TestRedis.port())) {
            Slack slack = api.client();
            SlackSettings settings = SlackSettings.from(Map.of("slack.client.id", "1.2", "slack.client.secret", "s",
                    "slack.signing.secret", "x", "curio.encryption.key", SlackOAuthTest.KEY)::get);
            SlackInstallations installations = new SlackInstallations(redis, slack, settings, Clock.systemUTC());
            DefaultBot bot = new DefaultBot();
            bot.setTeamId("T42");
            bot.setBotAccessToken("xoxb-42-installed");
            installations.saveBot(bot);
            SlackTokens tokens = new SlackTokens("xoxb-1-single-token", installations, slack);

            assertEquals("xoxb-42-installed", tokens.botToken(team("T42")));
            assertEquals("xoxb-1-single-token", tokens.botToken(team("T1")), "auth.test says the single token is T1's");
            DeliveryException unknown = assertThrows(DeliveryException.class, () -> tokens.botToken(team("T5")));
            assertEquals(DeliveryException.Kind.RETRY, unknown.kind());
        }
    }

    @Test
    void withoutOAuthTheSingleTokenIsUsedAsIs() throws Exception {
        assertEquals("xoxb-1-single", new SlackTokens("xoxb-1-single", null, null).botToken(team("T1")));
    }
}
