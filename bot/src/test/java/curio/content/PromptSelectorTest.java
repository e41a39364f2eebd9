package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.UserRef;
import curio.support.Chat;
import curio.support.EngineTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    @Inject
    PromptLibrary library;
    @Inject
    ReviewQueue reviews;
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
    void tracksAreTakenInTurnAndNothingNewComesOnceAllWereSeen() {
        List<String> topics = List.of("focus", "feedback");
        Prompt a = selector.today(learner, topics, DAY).orElseThrow();
        Prompt b = selector.today(learner, topics, DAY.plusDays(1)).orElseThrow();
        assertNotEquals(a.track(), b.track());
        int both = library.track("focus").orElseThrow().prompts().size() + library.track("feedback").orElseThrow().prompts().size();
        Set<String> seen = new HashSet<>(List.of(a.id(), b.id()));
        for (int d = 2; d < both; d++) {
            seen.add(selector.today(learner, topics, DAY.plusDays(d)).orElseThrow().id());
        }
        assertEquals(both, seen.size(), "every prompt once");
        assertTrue(selector.allSeen(learner, topics).isPresent());

        assertEquals(Optional.empty(), selector.today(learner, topics, DAY.plusDays(both)), "no second lap");
        reviews.answeredWrong(learner, "focus-03", DAY.plusDays(both));
        assertEquals("focus-03", selector.today(learner, topics, DAY.plusDays(both + 1)).orElseThrow().id(),
                "reviews still come");
    }

    @Test
    void theLearnerIsToldOnceThatTheySawEverythingAndAgainAfterMoreWasSeen() {
        PromptSelector.AllSeen twelve = new PromptSelector.AllSeen(12, List.of(), List.of());
        assertTrue(selector.tellOnce(learner, twelve, DAY));
        assertTrue(selector.toldOn(learner, DAY));
        assertFalse(selector.tellOnce(learner, twelve, DAY.plusDays(1)));
        assertFalse(selector.toldOn(learner, DAY.plusDays(1)));
        assertTrue(selector.tellOnce(learner, new PromptSelector.AllSeen(13, List.of(), List.of()), DAY.plusDays(9)));
    }
}
