package curio.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.habits.StreakRules;
import curio.schedule.CohortScheduler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A learner on Slack with the real engine: enrols by DM, gets the scheduled prompt, answers a quiz. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackLearnerEndToEndTest extends SlackEngineTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final TenantId T1 = new TenantId(Platform.SLACK, "T1");

    @Inject CohortScheduler scheduler;
    @Inject StreakRules streaks;
    @Inject PromptLibrary library;
    @Inject MeterRegistry registry;

    private List<FakeSlackApi.Call> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))).toList();
    }

    private FakeSlackApi.Call awaitPost(String channel, int count) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (postsTo(channel).size() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(postsTo(channel).size() >= count, "no post #" + count + " to " + channel + " in " + slack.calls());
        return postsTo(channel).get(count - 1);
    }

    @Test
    void startByDmIsAnsweredInTheDm() throws Exception {
        assertEquals(200, dm("Ev-a-1", "UANN", "start").statusCode());
        FakeSlackApi.Call welcome = awaitPost("DUANN", 1);
        assertEquals(TOKEN, welcome.token());
        assertTrue(welcome.param("blocks").contains("Ada"), "greets by the users.info name: " + welcome.param("blocks"));
    }

    @Test
    void theScheduledPromptArrivesAsADmWithItsBlocks() throws Exception {
        dm("Ev-b-1", "UBEN", "start");
        awaitPost("DUBEN", 2); // the welcome and today's prompt: the fire below must come after both
        UserRef ben = new UserRef(T1, "UBEN");
        String cohort = scheduler.cohortsOf(ben).stream().filter(c -> c.endsWith("|PROMPT")).findFirst().orElseThrow();
        assertTrue(cohort.startsWith("Europe/Berlin|"), cohort);
        Instant due = scheduler.nextFireTimes(cohort, clock.instant(), 1).get(0);
        clock.set(due);
        int before = postsTo("DUBEN").size();
        scheduler.fireNow(cohort);
        FakeSlackApi.Call prompt = awaitPost("DUBEN", before + 1);
        assertTrue(prompt.param("blocks").contains("\"action_id\":\"prompt."), "prompt buttons: " + prompt.param("blocks"));
        assertTrue(prompt.param("text").length() > 0);
    }

    @Test
    void aQuizClickUpdatesTheStreakAndTheClickedMessage() throws Exception {
        dm("Ev-c-1", "UCAT", "start");
        awaitPost("DUCAT", 1);
        Prompt quiz = library.tracks().stream().flatMap(t -> t.prompts().stream())
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
        UserRef cat = new UserRef(T1, "UCAT");
        LocalDate today = LocalDate.ofInstant(clock.instant().minus(Duration.ofHours(3)), ZoneId.of("Europe/Berlin"));
        int before = streaks.peek(cat, today).current();

        String actionId = "prompt.quiz#" + quiz.answer();
        assertEquals(200, click("UCAT", "DUCAT", "1700000123.000200", actionId,
                quiz.id() + ":" + quiz.answer()).statusCode());
        FakeSlackApi.Call update = slack.await("chat.update", 1, WAIT).stream()
                .filter(c -> "1700000123.000200".equals(c.param("ts"))).findFirst().orElseThrow();
        assertEquals("DUCAT", update.param("channel"));
        assertTrue(update.param("blocks").contains("Right"), update.param("blocks"));
        assertTrue(noButtons(update.param("blocks")), "the answered quiz cannot be clicked again: " + update.param("blocks"));
        assertEquals(before + 1, streaks.peek(cat, today).current());
    }

    private static boolean noButtons(String blocks) {
        for (JsonElement b : JsonParser.parseString(blocks).getAsJsonArray()) {
            JsonObject block = b.getAsJsonObject();
            if (block.get("type").getAsString().equals("actions")
                    && block.toString().contains("prompt.quiz")) {
                return false;
            }
        }
        return true;
    }

    @Test
    void a429FromSlackIsCountedForTheOperator() throws Exception {
        Counter rateLimited = registry.get("curio.rate.limited").tag("platform", "slack").counter();
        double before = rateLimited.count();
        slack.script("users.info", 429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}");

        dm("Ev-r-1", "URAT", "start");

        awaitPost("DURAT", 1);
        assertEquals(before + 1, rateLimited.count(), "users.info's 429, at /metrics as curio_rate_limited_total");
    }
}
