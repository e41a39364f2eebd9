package curio.conversation;

import static curio.support.ScheduledSends.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Block;
import curio.chat.Message;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.ReviewQueue;
import curio.content.Track;
import curio.delivery.Delivery;
import curio.learners.LearnerStore;
import curio.support.Chat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A learner who has seen every prompt of their topics is told so once, with more topics to add,
 * instead of starting over; quizzes they missed keep coming back for review. Days pass on the
 * injected clock.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllPromptsSeenTest extends LearnerDayTestBase {

    static final ZoneId UTC = ZoneOffset.UTC;

    @Inject
    LearnerStore learners;
    @Inject
    PromptLibrary library;
    @Inject
    ReviewQueue reviews;
    @Inject
    ScheduledMessages scheduled;

    private Track focus() {
        return library.track("focus").orElseThrow();
    }

    /**
     * Olga starts on Monday, learns every day and only focus; each morning at 08:00 UTC she asks for
     * today's prompt, until she has seen every focus prompt. The first day with nothing new.
     */
    private LocalDate olgaHasSeenEveryFocusPrompt() {
        at("2026-03-02T07:00:00Z", "olga", "start");
        chat.say("olga", "days every day");
        learners.setTopics(Chat.user("olga"), List.of("focus"));
        LocalDate day = LocalDate.of(2026, 3, 3);
        for (Prompt prompt : focus().prompts()) {
            Chat.Turn today = at(day + "T08:00:00Z", "olga", "today");
            assertEquals(prompt.title(), OnePromptADayTest.title(today.last()), day.toString());
            day = day.plusDays(1);
        }
        return day;
    }

    private List<Message> scheduledOn(LocalDate day) {
        return schedule.promptAt("olga", UTC, LocalDateTime.of(day, java.time.LocalTime.of(9, 30)));
    }

    private static Block.Buttons buttons(Message message) {
        return message.blocks().stream().filter(b -> b instanceof Block.Buttons).map(b -> (Block.Buttons) b)
                .findFirst().orElseThrow(() -> new AssertionError("no buttons in " + Chat.text(message)));
    }

    @Test
    void theScheduleSaysSoOnceAndOffersTheOtherTopicsInsteadOfStartingOver() {
        LocalDate day = olgaHasSeenEveryFocusPrompt();

        List<Message> first = scheduledOn(day);
        assertEquals(1, first.size());
        String said = Chat.text(first.get(0));
        assertTrue(said.contains("You've seen all " + focus().prompts().size() + " prompts in your topics* (Focus)"), said);
        assertTrue(said.contains("`curiosity`") && said.contains("Quizzes you missed still come back"), said);
        assertEquals(0, live(first), "not a prompt: no focus-01 again");
        assertTrue(buttons(first.get(0)).buttons().stream().anyMatch(b -> b.label().equals("Add Curiosity")));

        assertEquals(List.of(), scheduledOn(day.plusDays(1)), "said once: the next day brings nothing");
        assertEquals(List.of(), scheduledOn(day.plusDays(2)));
        assertTrue(say(day.plusDays(2) + "T11:00:00Z", "olga", "today").contains("You've seen all"),
                "asked, Curio answers");
        assertEquals(List.of(), scheduledOn(day.plusDays(3)), "and the answer was no second announcement");
    }

    @Test
    void quizzesAnsweredWrongKeepComingBackForReview() {
        LocalDate day = olgaHasSeenEveryFocusPrompt();
        scheduledOn(day);
        Prompt quiz = focus().prompts().stream().filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
        reviews.answeredWrong(Chat.user("olga"), quiz.id(), day);

        List<Message> review = scheduledOn(day.plusDays(1));

        assertEquals(1, live(review), "the review is a live quiz");
        assertEquals(quiz.title(), OnePromptADayTest.title(review.get(0)));
        chat.click("olga", ActionIds.QUIZ, quiz.id() + ":" + quiz.answer());
        assertEquals(List.of(), scheduledOn(day.plusDays(2)), "answered right, it comes back in 3 days; nothing else");
        assertEquals(1, live(scheduledOn(day.plusDays(4))), "box 2: back after 3 days");
    }

    @Test
    void tappingAnOfferedTopicAddsItAndBringsItsPromptAtOnce() {
        LocalDate day = olgaHasSeenEveryFocusPrompt();
        Block.Button curiosity = buttons(scheduledOn(day).get(0)).buttons().stream()
                .filter(b -> b.value().equals("curiosity")).findFirst().orElseThrow();

        Chat.Turn tap = chat.click("olga", curiosity.actionId(), curiosity.value());

        assertTrue(Chat.text(tap.updates.get(0)).contains("Added `curiosity`"), tap.text());
        assertEquals(1, live(tap.replies), "today's prompt, live, though the schedule already sent today's message");
        assertEquals(library.track("curiosity").orElseThrow().prompts().get(1).title(),
                OnePromptADayTest.title(tap.last()), "the next curiosity prompt (the welcome showed the first)");
        assertEquals(0, live(at(day + "T12:00:00Z", "olga", "today").replies), "one live prompt a day");
    }

    @Test
    void noNudgeSaysAPromptIsWaitingWhenThereIsNone() {
        LocalDate day = olgaHasSeenEveryFocusPrompt();
        scheduledOn(day);
        clock.set(day.atTime(14, 0).toInstant(ZoneOffset.UTC));

        assertEquals(Optional.empty(), scheduled.compose(new Delivery(Chat.user("olga"), Delivery.Kind.NUDGE, day)));
    }

    @Test
    void aLearnerWhoHasSeenEveryPromptCurioHasIsToldSoWithNothingToAdd() {
        at("2026-03-02T07:00:00Z", "uma", "start");
        for (Track track : library.tracks()) {
            redis.hset("curio:{" + Chat.TENANT.key() + "}:L:uma", "c:" + track.id(), Integer.toString(track.prompts().size()));
        }
        int all = library.tracks().stream().mapToInt(t -> t.prompts().size()).sum();

        List<Message> sent = schedule.promptAt("uma", UTC, LocalDateTime.parse("2026-03-03T09:30"));

        assertEquals(1, sent.size());
        assertTrue(Chat.text(sent.get(0)).contains("You've seen every prompt Curio has: all " + all), Chat.text(sent.get(0)));
        assertTrue(sent.get(0).blocks().stream().noneMatch(b -> b instanceof Block.Buttons), "nothing left to offer");
    }
}
