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
import curio.words.Texts;
import jakarta.inject.Singleton;
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
        Optional<Learner> found = learners.find(user);
        Texts texts = Texts.in(found.map(Learner::language).orElse(Locale.ENGLISH));
        Optional<Learner> learner = found.filter(l -> l.status() != Learner.Status.STOPPED);
        if (learner.isEmpty()) {
            return Message.text(texts.get("tryToo.notEnrolled"));
        }
        Optional<SharedTries.Shared> sharedCheckIn = shared.find(user.tenant(), reference);
        if (sharedCheckIn.isEmpty()) {
            return Message.text(texts.get("tryToo.gone"));
        }
        SharedTries.Shared check = sharedCheckIn.get();
        String name = Markdown.literal(check.name());
        if (check.author().equals(user)) {
            return Message.text(texts.get("tryToo.own"));
        }
        PromptSelector.TakenUp taken = selector.takeUp(user, reference);
        if (!taken.taken()) {
            return Message.text(texts.get("tryToo.already", name));
        }
        LocalDate day = calendar.learningDay(learner.get().zone());
        shared.takenUp(check, user, day);
        String words = check.text().length() > CONFIRMATION_CHARS ? check.text().substring(0, CONFIRMATION_CHARS) + "…"
                : check.text();
        return Message.text(texts.get("tryToo.taken", name, Markdown.literal(words), when(texts, learner.get(), day),
                taken.replaced().map(other -> texts.get("tryToo.insteadOfShared", Markdown.literal(other)))
                        .orElse(texts.get("tryToo.insteadOfLibrary"))));
    }

    /** When the check-in taken up on {@code today} will be the learner's prompt: "today", "tomorrow", "on Monday". */
    private String when(Texts texts, Learner learner, LocalDate today) {
        LocalDate day = selector.chosenFor(learner.user(), today) ? today.plusDays(1) : today;
        for (int i = 0; i < 7 && !learner.workingDays().contains(day.getDayOfWeek()); i++) {
            day = day.plusDays(1);
        }
        String paused = learner.active() ? "" : texts.get("tryToo.afterPause");
        if (day.equals(today)) {
            return texts.get("tryToo.today", paused);
        }
        return day.equals(today.plusDays(1)) ? texts.get("tryToo.tomorrow", paused)
                : texts.get("tryToo.onDay", day.getDayOfWeek().getDisplayName(TextStyle.FULL, texts.language()), paused);
    }
}
