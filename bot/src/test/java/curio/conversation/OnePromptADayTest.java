package curio.conversation;

import static curio.support.ScheduledSends.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.Message;
import curio.chat.Profile;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Today's prompt arrives once: whichever comes first of the schedule, {@code today} and the welcome
 * after {@code start} shows it with its buttons; whatever comes later adds no second live prompt.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnePromptADayTest extends LearnerDayTestBase {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Ben in Berlin, enrolled at {@code isoInstant}, learns every day of the week. */
    private void benInBerlinEveryDaySince(String isoInstant) {
        adapter.setProfile(Chat.user("ben"), new Profile("Ben", BERLIN, Locale.GERMAN, false));
        at(isoInstant, "ben", "start");
        chat.say("ben", "days every day");
    }

    /** The prompt's own title, as it stands in bold above its body. */
    static String title(Message message) {
        return message.blocks().stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).markdown())
                .filter(t -> t.startsWith("*") && t.contains("*\n")).map(t -> t.substring(1, t.indexOf("*\n")))
                .findFirst().orElseThrow(() -> new AssertionError("no prompt in: " + Chat.text(message)));
    }

    /** The turn shows {@code shown} again without buttons: a reminder, not a second live prompt. */
    private static void assertReminderOf(Message shown, Chat.Turn turn, String why) {
        assertEquals(0, live(turn.replies), why + ": " + turn.text());
        assertEquals(title(shown), title(turn.last()), why);
    }

    /** {@code sent} is one live prompt, another than {@code before}: the next learning day's. */
    private static void assertNextLivePrompt(Message before, List<Message> sent, String why) {
        assertEquals(1, sent.size(), why);
        assertEquals(1, live(sent), why);
        assertNotEquals(title(before), title(sent.get(0)), why + ": the next prompt, not the same again");
    }

    @Test
    void aLearnerWhoStartsBeforeTheirPromptTimeGetsTodaysPromptInTheWelcomeAndNothingMoreAt0930() {
        Chat.Turn welcome = at("2026-03-03T07:00:00Z", "rae", "start");
        assertEquals(1, live(welcome.replies), welcome.text());

        List<Message> at0930 = schedule.promptAt("rae", UTC, LocalDateTime.parse("2026-03-03T09:30"));
        assertEquals(List.of(), at0930, "the prompt came with the welcome: the schedule sends nothing that day");
        assertReminderOf(welcome.last(), at("2026-03-03T11:00:00Z", "rae", "today"), "today repeats it");
    }

    @Test
    void todayBeforeThePromptTimeMeansTheScheduleSendsNothingThatDay() {
        at("2026-03-02T10:00:00Z", "rae", "start");
        Chat.Turn early = at("2026-03-03T08:00:00Z", "rae", "today");
        assertEquals(1, live(early.replies), early.text());
        assertEquals(List.of(), schedule.promptAt("rae", UTC, LocalDateTime.parse("2026-03-03T09:30")));
    }

    @Test
    void afterTheScheduledPromptTodayShowsItAgainWithoutASecondSetOfButtons() {
        Chat.Turn welcome = at("2026-03-02T10:00:00Z", "rae", "start");
        List<Message> sent = schedule.promptAt("rae", UTC, LocalDateTime.parse("2026-03-03T09:30"));
        assertNextLivePrompt(welcome.last(), sent, "Tuesday 09:30");

        Chat.Turn today = at("2026-03-03T12:00:00Z", "rae", "today");
        assertReminderOf(sent.get(0), today, "today at noon");
        assertTrue(today.text().contains("already in our chat"), today.text());
        assertReminderOf(sent.get(0), at("2026-03-03T15:00:00Z", "rae", "today"), "and on asking again");
    }

    @Test
    void aLearnerWhoStartsAfterTheirPromptTimeGetsTheNextPromptOnScheduleTheNextDay() {
        Chat.Turn welcome = at("2026-03-02T10:00:00Z", "rae", "start");
        assertEquals(1, live(welcome.replies));
        assertNextLivePrompt(welcome.last(), schedule.promptAt("rae", UTC, LocalDateTime.parse("2026-03-03T09:30")),
                "a new learning day, a new live prompt");
    }

    @Test
    void theScheduleAndTodayAtTheSameMomentShowOnePromptWithButtons() {
        at("2026-03-02T10:00:00Z", "rae", "start");
        clock.set(Instant.parse("2026-03-03T09:30:00Z"));
        List<Message> replies = new ArrayList<>();
        CompletableFuture<Void> asking = CompletableFuture.runAsync(() -> replies.addAll(chat.say("rae", "today").replies));
        List<Message> sent = schedule.promptAt("rae", UTC, LocalDateTime.parse("2026-03-03T09:30"));
        asking.join();
        assertEquals(1, live(sent) + live(replies), "sent " + sent.size() + ", replied " + replies.size());
    }

    @Test
    void aTodayAt0230BelongsToTheLearningDayBefore() {
        at("2026-03-02T10:00:00Z", "rae", "start");
        List<Message> tuesday = schedule.promptAt("rae", UTC, LocalDateTime.parse("2026-03-03T09:30"));
        assertReminderOf(tuesday.get(0), at("2026-03-04T02:30:00Z", "rae", "today"), "still Tuesday, already sent");
        assertNextLivePrompt(tuesday.get(0), schedule.promptAt("rae", UTC, LocalDateTime.parse("2026-03-04T09:30")),
                "Wednesday's prompt still comes at 09:30");
    }

    @Test
    void onTheNightBerlinFallsBackTheRepeatedHourIsStillTheDayBeforeAndSundayHasOnePrompt() {
        benInBerlinEveryDaySince("2026-10-23T10:00:00Z");
        Chat.Turn first = at("2026-10-25T00:30:00Z", "ben", "today");
        assertEquals(1, live(first.replies), "02:30 summer time: Saturday's prompt, not yet shown");
        assertReminderOf(first.last(), at("2026-10-25T01:30:00Z", "ben", "today"), "02:30 again, winter time: still Saturday");

        Chat.Turn sunday = at("2026-10-25T07:00:00Z", "ben", "today");
        assertNextLivePrompt(first.last(), sunday.replies, "08:00 on Sunday: Sunday's prompt");
        assertEquals(List.of(), schedule.promptAt("ben", BERLIN, LocalDateTime.parse("2026-10-25T09:30")));
    }

    @Test
    void onTheDayBerlinSpringsForwardTheScheduleSendsOncePerLearningDay() {
        benInBerlinEveryDaySince("2027-03-26T10:00:00Z");
        List<Message> saturday = schedule.promptAt("ben", BERLIN, LocalDateTime.parse("2027-03-27T09:30"));
        assertEquals(1, live(saturday));
        assertReminderOf(saturday.get(0), at("2027-03-28T00:30:00Z", "ben", "today"), "01:30 winter time is still Saturday");

        List<Message> sunday = schedule.promptAt("ben", BERLIN, LocalDateTime.parse("2027-03-28T09:30"));
        assertNextLivePrompt(saturday.get(0), sunday, "09:30 summer time: Sunday's prompt");
        assertReminderOf(sunday.get(0), at("2027-03-28T10:00:00Z", "ben", "today"), "today after it");
        assertEquals(List.of(), schedule.promptAt("ben", BERLIN, LocalDateTime.parse("2027-03-28T09:30")),
                "a replayed fire sends nothing new");
    }
}
