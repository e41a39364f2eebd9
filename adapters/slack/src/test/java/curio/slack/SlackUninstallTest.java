package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEvent;
import curio.chat.Platform;
import curio.chat.TenantId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/** One workspace (a bot token) uninstalls Curio: Slack's recorded {@code app_uninstalled}. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackUninstallTest extends SingleWorkspaceSlackTest {

    static final TenantId T1 = new TenantId(Platform.SLACK, "T1");

    @Inject UnifiedJedis redis;

    @Test
    void aWorkspaceThatUninstallsCurioIsForgottenThoughSlackSendsNoAuthorizations() throws Exception {
        redis.hset(SlackKeys.user(T1, "U1"), Map.of("name", "Ada"));

        assertEquals(200, requests.json(SignedRequests.recorded("app-uninstalled-no-authorizations")).statusCode());

        assertEquals(List.of(), List.copyOf(redis.keys("curio:{slack:T1}:slack:*")));
        awaitUninstalled(engine, T1);
    }

    /** The engine hears of it after the ack: it purges the workspace's own data. */
    static void awaitUninstalled(TestEngine engine, TenantId tenant) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!engine.events.contains(new BotEvent.AppUninstalled(tenant, null)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(engine.events.contains(new BotEvent.AppUninstalled(tenant, null)), engine.events.toString());
    }
}
