package curio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.BotEventHandler;
import curio.chat.Profile;
import curio.habits.StreakRules;
import curio.learners.LearnerStore;
import curio.schedule.CohortScheduler;
import curio.support.Chat;
import curio.support.FakeChatAdapter;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A learner's day end to end: enrolled through chat, placed in Quartz cohorts, the prompt fired
 * into the outbox and delivered through the chat adapter; then a restart over the same data.
 */
class DailyScheduleTest {

    static final String TOKYO_PROMPT = "Asia/Tokyo|09:30|MON-FRI|PROMPT";
    static final String LA_PROMPT = "America/Los_Angeles|09:30|MON-FRI|PROMPT";

    private static ApplicationContext start(Path data) {
        return ApplicationContext.run(Map.of("curio.data-dir", data.toString(), "curio.redis-url", "",
                "curio.test.fake-adapter", "true", "curio.web", "false", "micronaut.server.port", "-1"));
    }

    @Test
    void learnersInTokyoAndLosAngelesGetTheir0930PromptAtTheRightInstants() throws Exception {
        Path data = Files.createTempDirectory("curio-day");
        try (ApplicationContext context = start(data)) {
            FakeChatAdapter adapter = context.getBean(FakeChatAdapter.class);
            MutableClock clock = context.getBean(MutableClock.class);
            Chat chat = new Chat(context.getBean(BotEventHandler.class));
            adapter.setProfile(Chat.user("aiko"), new Profile("Aiko", ZoneId.of("Asia/Tokyo"), Locale.JAPANESE, false));
            adapter.setProfile(Chat.user("lou"), new Profile("Lou", ZoneId.of("America/Los_Angeles"), Locale.US, false));
            chat.say("aiko", "start");
            chat.say("lou", "start");
            chat.say("lou", "time prompt 9:30");
            CohortScheduler scheduler = context.getBean(CohortScheduler.class);

            assertTrue(scheduler.cohortsOf(Chat.user("aiko")).contains(TOKYO_PROMPT));
            assertTrue(scheduler.cohortsOf(Chat.user("lou")).contains(LA_PROMPT));
            assertEquals(List.of(Instant.parse("2026-03-03T00:30:00Z"), Instant.parse("2026-03-04T00:30:00Z")),
                    scheduler.nextFireTimes(TOKYO_PROMPT, TestClockFactory.START, 2), "Tue and Wed 09:30 JST");
            assertEquals(List.of(Instant.parse("2026-03-06T17:30:00Z"), Instant.parse("2026-03-09T16:30:00Z")),
                    scheduler.nextFireTimes(LA_PROMPT, Instant.parse("2026-03-06T12:00:00Z"), 2),
                    "Friday 09:30 PST, then Monday 09:30 PDT after the DST change; no weekend");

            clock.set(Instant.parse("2026-03-03T00:30:00Z"));
            scheduler.fireNow(TOKYO_PROMPT);
            waitFor(() -> adapter.sent().stream().anyMatch(s -> s.to().value().equals("D-aiko")));
            FakeChatAdapter.Sent prompt = adapter.sent().get(0);
            assertTrue(Chat.text(prompt.message()).contains("Good morning, Aiko!"), Chat.text(prompt.message()));
            assertTrue(adapter.sent().stream().noneMatch(s -> s.to().value().equals("D-lou")), "not Lou's time yet");

            scheduler.fireNow(TOKYO_PROMPT);
            Thread.sleep(500);
            assertEquals(1, adapter.sent().stream().filter(s -> s.to().value().equals("D-aiko")).count(),
                    "a replayed fire on the same day sends nothing new");
        }
    }

    @Test
    void aRestartKeepsLearnersStreaksAndTriggers() throws Exception {
        Path data = Files.createTempDirectory("curio-restart");
        try (ApplicationContext first = start(data)) {
            Chat chat = new Chat(first.getBean(BotEventHandler.class));
            first.getBean(FakeChatAdapter.class).setProfile(Chat.user("ren"),
                    new Profile("Ren", ZoneId.of("Europe/Berlin"), Locale.GERMAN, false));
            chat.say("ren", "start");
            chat.say("ren", "time prompt 8:15");
            chat.say("ren", "tried explaining my work to a newcomer");
            first.getBean(MutableClock.class).advance(Duration.ofDays(1));
            chat.say("ren", "tried a 25-minute focus block");
        }
        try (ApplicationContext second = start(data)) {
            assertEquals("Ren", second.getBean(LearnerStore.class).find(Chat.user("ren")).orElseThrow().name());
            assertEquals(2, second.getBean(StreakRules.class).peek(Chat.user("ren"), LocalDate.of(2026, 3, 3)).current());
            assertTrue(second.getBean(CohortScheduler.class).triggeredCohorts().contains("Europe/Berlin|08:15|MON-FRI|PROMPT"),
                    "the cohort trigger is rebuilt from Redis");
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }
}
