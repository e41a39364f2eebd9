package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.learners.LearnerStore;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The engine on the Slack adapter when a workspace uninstalls Curio (Slack's recorded {@code app_uninstalled}). */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackUninstallEndToEndTest extends SlackEngineTest {

    static final UserRef ZOE = new UserRef(new TenantId(Platform.SLACK, "T1"), "UZOE");

    @Inject LearnerStore learners;

    @Test
    void aWorkspaceThatUninstallsCurioLosesItsLearnersThoughSlackSendsNoAuthorizations() throws Exception {
        assertEquals(200, dm("Ev-u-1", "UZOE", "start").statusCode());
        await("chat.postMessage", c -> "DUZOE".equals(c.param("channel")));
        assertTrue(learners.find(ZOE).isPresent());

        assertEquals(200, post(SignedRequests.recorded("app-uninstalled-no-authorizations"), "application/json").statusCode());

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (learners.find(ZOE).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(learners.find(ZOE).isEmpty(), "the workspace's learners are purged");
    }
}
