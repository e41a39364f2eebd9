package curio.teamsbot;

import curio.support.MutableClock;
import curio.teams.FakeBotConnector;
import curio.teams.Post;
import curio.teams.RecordedActivities;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The real engine behind the real Teams adapter (development mode: no tokens), on an embedded
 * Redis under a fresh data folder, talking to a {@link FakeBotConnector} on loopback, with a
 * clock the test moves. No fake chat adapter and no web adapter: Teams is the only platform.
 */
final class TeamsEngine implements AutoCloseable {

    final FakeBotConnector connector;
    final EmbeddedServer server;
    final MutableClock clock;

    TeamsEngine() throws IOException {
        this(Map.of());
    }

    /** With more settings, e.g. {@code curio.admins} (CURIO_ADMINS). */
    TeamsEngine(Map<String, Object> settings) throws IOException {
        connector = new FakeBotConnector();
        Map<String, Object> all = new HashMap<>(Map.of(
                "curio.data-dir", Files.createTempDirectory("curio-teams-e2e").toString(),
                "curio.redis-url", "",
                "curio.web", "false",
                "teams.dev-mode", "true",
                "teams.app-id", "",
                "teams.default-timezone", "Europe/Berlin",
                TeamsClockFactory.ENABLED, "true",
                "micronaut.server.port", "-1"));
        all.putAll(settings);
        server = ApplicationContext.run(EmbeddedServer.class, all);
        clock = server.getApplicationContext().getBean(MutableClock.class);
    }

    /** The recorded team "Learning Guild" ({@link RecordedActivities}): its roster, its General and Learning channels. */
    void learningGuild(List<FakeBotConnector.Member> roster) {
        connector.members(RecordedActivities.TEAM, roster);
        Map<String, String> channels = new HashMap<>();
        channels.put(RecordedActivities.TEAM, null);
        channels.put(RecordedActivities.LEARNING, "Learning");
        connector.channels(RecordedActivities.TEAM, channels);
    }

    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    /** Posts an activity body (see {@code Activities}) to {@code /api/messages}; returns the status. */
    int post(String activity) {
        return Post.activity(server.getURL(), activity, null);
    }

    /** The connector calls that match, in order. */
    List<FakeBotConnector.Call> calls(Predicate<FakeBotConnector.Call> which) {
        return connector.calls().stream().filter(which).toList();
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        if (!condition.getAsBoolean()) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
        connector.close();
    }
}
