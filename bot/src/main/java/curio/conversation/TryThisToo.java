package curio.conversation;

import curio.chat.Block;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.UserRef;
import curio.content.PromptSelector;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.leads.SharedTries;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * "Try this too" under a check-in in a team thread: a teammate's click makes that check-in their
 * prompt on their next learning day, credited to its author, and counts them for the author's week.
 */
@Singleton
class TryThisToo {

    /** The characters of the check-in quoted back in the confirmation. */
    static final int CONFIRMATION_CHARS = 300;

    private final LearnerStore learners;
    private final SharedTries shared;
    private final PromptSelector selector;
    private final LocalCalendar calendar;

    TryThisToo(LearnerStore learners, SharedTries shared, PromptSelector selector, LocalCalendar calendar) {
        this.learners = learners;
        this.shared = shared;
        this.selector = selector;
        this.calendar = calendar;
    }

    /** The button posted under a check-in of {@code author}: its value names the check-in, not its words. */
    static Block.Button button(UserRef author, String text) {
        return new Block.Button(ActionIds.TRY_TOO, "Try this too", SharedTries.reference(author, text));
    }

    /** The answer to {@code user}'s click on the button whose value is {@code reference}. */
    Message clicked(UserRef user, String reference) {
        Optional<Learner> learner = learners.find(user).filter(l -> l.status() != Learner.Status.STOPPED);
        if (learner.isEmpty()) {
            return Message.text("*Try this too* turns a teammate's idea into your next learning prompt. "
                    + "Say `start` to me in a direct message to sign up, then click it again.");
        }
        Optional<SharedTries.Shared> found = shared.find(user.tenant(), reference);
        if (found.isEmpty()) {
            return Message.text("That check-in isn't shared any more (its author stopped sharing or removed it), "
                    + "so I can't pass it on.");
        }
        SharedTries.Shared check = found.get();
        String name = Markdown.literal(check.name());
        if (check.author().equals(user)) {
            return Message.text("That's your own check-in 🙂 Your teammates can click *Try this too* on it to try it themselves.");
        }
        PromptSelector.TakenUp taken = selector.takeUp(user, reference);
        if (!taken.taken()) {
            return Message.text("You've already taken this one up from " + name + ". Say `today` to see your prompt.");
        }
        LocalDate day = calendar.learningDay(learner.get().zone());
        shared.takenUp(check, user, day);
        String words = check.text().length() > CONFIRMATION_CHARS ? check.text().substring(0, CONFIRMATION_CHARS) + "…"
                : check.text();
        return Message.text("👍 *" + name + " tried this:* " + Markdown.literal(words) + "\nIt will be your prompt "
                + when(learner.get(), day) + ", instead of "
                + taken.replaced().map(other -> "what " + Markdown.literal(other) + " shared, which you took up before")
                        .orElse("the library's") + ". The weekly digest counts you among the people "
                + "who tried what " + name + " shared.");
    }

    /** When the check-in taken up on {@code today} will be the learner's prompt: "today", "tomorrow", "on Monday". */
    private String when(Learner learner, LocalDate today) {
        LocalDate day = selector.chosenFor(learner.user(), today) ? today.plusDays(1) : today;
        for (int i = 0; i < 7 && !learner.workingDays().contains(day.getDayOfWeek()); i++) {
            day = day.plusDays(1);
        }
        String paused = learner.active() ? "" : " (once you're back from your pause)";
        if (day.equals(today)) {
            return "today" + paused;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return (day.equals(today.plusDays(1)) ? "tomorrow" : "on " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                + paused;
    }
}
