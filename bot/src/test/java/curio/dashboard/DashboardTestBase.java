package curio.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEventHandler;
import curio.content.PromptLibrary;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.UnifiedJedis;

/** The engine on real HTTP with the {@link DashboardWorkspace} seeded before each test, on Monday 2026-03-02. */
abstract class DashboardTestBase implements EngineTest {

    @Inject
    EmbeddedServer server;
    @Inject
    BotEventHandler engine;
    @Inject
    FakeChatAdapter adapter;
    @Inject
    UnifiedJedis redis;
    @Inject
    MutableClock clock;
    @Inject
    PromptLibrary library;
    DashboardWorkspace workspace;
    DashboardHttp http;

    @BeforeEach
    void seeded() {
        redis.flushAll();
        adapter.clear();
        workspace = new DashboardWorkspace(new Chat(engine), adapter, clock).seed(library);
        clock.set(TestClockFactory.START);
        http = new DashboardHttp(server.getPort());
    }

    /** The plain 403 page, with no figure, name or trace in it. */
    static void assertForbidden(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("403 Forbidden"), response.body());
        for (String data : List.of("enrolled", "learningDays", "mia", "HYPERLINK", "Exception", "at curio.")) {
            assertFalse(response.body().contains(data), "the refusal shows " + data + ": " + response.body());
        }
    }
}
