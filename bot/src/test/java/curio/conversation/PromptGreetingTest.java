package curio.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Profile;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The day's prompt greets the learner for their local hour, wherever they are. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptGreetingTest extends LearnerDayTestBase {

    static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void theScheduledPromptGreetsForTheHourItArrivesAt() {
        say("2026-03-02T10:00:00Z", "rae", "start");
        chat.say("rae", "time prompt 8:00");
        assertTrue(scheduled("rae", UTC, "2026-03-03T08:00").contains("Good morning, rae!"));
        chat.say("rae", "time prompt 14:00");
        String afternoon = scheduled("rae", UTC, "2026-03-04T14:00");
        assertTrue(afternoon.contains("Good afternoon, rae!") && !afternoon.contains("morning"), afternoon);
        chat.say("rae", "time checkin 21:00");
        chat.say("rae", "time prompt 20:00");
        String evening = scheduled("rae", UTC, "2026-03-05T20:00");
        assertTrue(evening.contains("Good evening, rae!") && !evening.contains("morning"), evening);
    }

    @Test
    void todaysFirstShowingGreetsForTheHourItIsAskedAndTheSmallHoursJustSayHi() {
        assertTrue(say("2026-03-02T10:00:00Z", "rae", "start").contains("Good morning, rae!"));
        assertTrue(say("2026-03-03T14:00:00Z", "rae", "today").contains("Good afternoon, rae!"));
        assertTrue(say("2026-03-04T20:00:00Z", "rae", "today").contains("Good evening, rae!"));
        String night = say("2026-03-06T01:30:00Z", "rae", "today");
        assertTrue(night.contains("Hi, rae!") && !night.contains("Good "), "Thursday's prompt at 01:30 on Friday: " + night);
    }

    @Test
    void learnersInTokyoAndNewYorkAreGreetedForTheirOwnHour() {
        adapter.setProfile(Chat.user("aiko"), new Profile("Aiko", ZoneId.of("Asia/Tokyo"), Locale.JAPANESE, false));
        adapter.setProfile(Chat.user("nat"), new Profile("Nat", ZoneId.of("America/New_York"), Locale.US, false));
        assertTrue(say("2026-03-02T10:00:00Z", "aiko", "start").contains("Good evening, Aiko!"), "19:00 in Tokyo");
        assertTrue(say("2026-03-02T10:00:00Z", "nat", "start").contains("Good morning, Nat!"), "05:00 in New York");

        assertTrue(say("2026-03-03T23:00:00Z", "aiko", "today").contains("Good morning, Aiko!"), "Wednesday 08:00 in Tokyo");
        assertTrue(say("2026-03-03T23:00:00Z", "nat", "today").contains("Good evening, Nat!"), "Tuesday 18:00 in New York");

        assertTrue(scheduled("aiko", ZoneId.of("Asia/Tokyo"), "2026-03-05T09:30").contains("Good morning, Aiko!"));
        assertTrue(scheduled("nat", ZoneId.of("America/New_York"), "2026-03-05T09:30").contains("Good morning, Nat!"));
    }
}
