package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import curio.chat.UserRef;
import curio.support.Chat;
import curio.support.EngineTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptSelectorTest implements EngineTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Inject
    PromptSelector selector;
    @Inject
    UnifiedJedis redis;
    final UserRef learner = Chat.user("sel");

    @BeforeEach
    void fresh() {
        redis.flushAll();
    }

    @Test
    void theScheduledPromptAndTodayAtTheSameMomentShowTheSamePromptAndSkipNone() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            pool.submit(() -> seen.add(selector.today(learner, List.of("focus"), DAY).orElseThrow().id()));
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        assertEquals(1, seen.size(), "one prompt for the day: " + seen);
        String first = seen.iterator().next();
        String second = selector.today(learner, List.of("focus"), DAY.plusDays(1)).orElseThrow().id();
        assertNotEquals(first, second);
        assertEquals("focus-02", second, "the next day brings the very next prompt of the track");
    }

    @Test
    void tracksAreTakenInTurnAndStartOverWhenAllWereSeen() {
        String a = selector.today(learner, List.of("focus", "feedback"), DAY).orElseThrow().track();
        String b = selector.today(learner, List.of("focus", "feedback"), DAY.plusDays(1)).orElseThrow().track();
        assertNotEquals(a, b);
        for (int d = 2; d < 40; d++) {
            selector.today(learner, List.of("focus", "feedback"), DAY.plusDays(d)).orElseThrow();
        }
    }
}
