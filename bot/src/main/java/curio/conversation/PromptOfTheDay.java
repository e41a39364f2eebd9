package curio.conversation;

import curio.chat.Block;
import curio.chat.Message;
import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.PromptSelector;
import curio.content.QuizOrder;
import curio.delivery.Delivery;
import curio.delivery.Outbox;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The day's prompt as the learner meets it. A learning day has one live prompt (the one with
 * buttons): whichever comes first of the schedule, {@code today} and the welcome after
 * {@code start} shows it. The day's PROMPT delivery key decides, atomically
 * ({@link Outbox#claimForReply}): after a reply showed it the scheduled entry is a no-op, and after
 * the schedule sent it {@code today} shows the same prompt as a reminder without buttons.
 */
@Singleton
class PromptOfTheDay {

    private final LearnerStore learners;
    private final PromptSelector selector;
    private final PromptLibrary library;
    private final LocalCalendar calendar;
    private final Outbox outbox;

    PromptOfTheDay(LearnerStore learners, PromptSelector selector, PromptLibrary library, LocalCalendar calendar,
                   Outbox outbox) {
        this.learners = learners;
        this.selector = selector;
        this.library = library;
        this.calendar = calendar;
        this.outbox = outbox;
    }

    /** What {@code today} and the welcome show: the live prompt if nothing showed it yet today, else a reminder. */
    Message onRequest(Learner learner) {
        LocalDate day = calendar.learningDay(learner.zone());
        Optional<Prompt> prompt = selector.today(learner.user(), learner.topics(), day);
        if (prompt.isEmpty()) {
            return Message.text("I have no prompts for your topics yet. Say `topics` to pick others.");
        }
        if (selector.answered(learner.user(), day)) {
            return PromptMessages.answered(prompt.get(), "✅ Done for today. Say `tried <text>` to add what you tried.");
        }
        if (outbox.claimForReply(new Delivery(learner.user(), Delivery.Kind.PROMPT, day))) {
            return live(learner, day).orElseThrow();
        }
        return PromptMessages.reminder(prompt.get());
    }

    /**
     * The day's live prompt, greeting the learner for their hour now. The first live prompt of a
     * quarter without a goal for it also asks for one (once, {@link LearnerStore#askGoalOnce}),
     * announcing the new quarter only in its first days: someone who enrols or comes back late in
     * a quarter is just asked. Empty without prompts.
     */
    Optional<Message> live(Learner learner, LocalDate day) {
        String greeting = Replies.greeting(learner.name(), calendar.now(learner.zone()).toLocalTime());
        Optional<Message> prompt = selector.today(learner.user(), learner.topics(), day)
                .map(p -> PromptMessages.prompt(p, library, greeting, learner.goalFor(day),
                        QuizOrder.of(p, learner.user(), day)));
        if (learner.goalFor(day).isEmpty() && learners.askGoalOnce(learner.user(), day)) {
            Message question = Replies.goalQuestion(Learner.quarter(day), Learner.quarterJustStarted(day));
            return Optional.of(prompt.map(p -> new Message(p.text(), concat(question.blocks(), p.blocks())))
                    .orElse(question));
        }
        return prompt;
    }

    private static List<Block> concat(List<Block> first, List<Block> second) {
        List<Block> all = new ArrayList<>(first);
        all.add(new Block.Divider());
        all.addAll(second);
        return all;
    }
}
