package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.BotEventHandler;
import curio.chat.Message;
import curio.support.Chat;
import curio.support.EngineTest;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.ScheduledSends;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.UnifiedJedis;

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
    UnifiedJedis redis;
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

    /** What Curio answered when the user said {@code text} at {@code isoInstant}, as text. */
    String say(String isoInstant, String user, String text) {
        return at(isoInstant, user, text).text();
    }

    /** The one message the learner's prompt cohort sent at that local time, as text. */
    String scheduled(String user, ZoneId zone, String localDateTime) {
        List<Message> sent = schedule.promptAt(user, zone, LocalDateTime.parse(localDateTime));
        assertEquals(1, sent.size(), user + " at " + localDateTime);
        return Chat.text(sent.get(0));
    }
}
