package curio.conversation;

import curio.chat.BotEventHandler;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.ScheduledSends;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.RedisClient;

/**
 * A learner's days on the injected clock: say something at a given instant, let the schedule fire
 * ({@link ScheduledSends}) and read what arrived. Every test starts from an empty workspace.
 */
abstract class LearnerDayTestBase implements EngineTest {

    @Inject
    BotEventHandler engine;
    @Inject
    FakeChatAdapter adapter;
    @Inject
    RedisClient redis;
    @Inject
    MutableClock clock;
    @Inject
    ScheduledSends schedule;
    Chat chat;

    @BeforeEach
    void emptyWorkspace() {
        redis.flushAll();
        adapter.clear();
        chat = new Chat(engine);
    }

    /** The user says {@code text} at {@code isoInstant}, e.g. {@code 2026-03-03T07:00:00Z}. */
    Chat.Turn at(String isoInstant, String user, String text) {
        clock.set(Instant.parse(isoInstant));
        return chat.say(user, text);
    }
}
