package curio.dashboard;

import curio.chat.BotEventHandler;
import curio.content.PromptLibrary;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
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
}
