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
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * What {@code today} and the welcome show: the live prompt if nothing showed it yet today, else a
     * reminder; when every prompt of the learner's topics was seen, that news and more topics.
     */
    Message onRequest(Learner learner) {
        LocalDate day = calendar.learningDay(learner.zone());
        PromptSelector.Choice choice = selector.choose(learner.user(), learner.topics(), day);
        if (choice.prompt().isEmpty()) {
            return selector.allSeen(learner.user(), learner.topics()).map(seen -> {
                selector.tellOnce(learner.user(), seen, day);
                return AllSeenMessages.offer(Texts.in(learner.language()), seen);
            }).orElseGet(() -> Message.text(Texts.in(learner.language()).get("today.noPrompts")));
        }
        if (selector.answered(learner.user(), day)) {
            return PromptMessages.answered(choice.prompt().get(), Texts.in(learner.language()).get("today.done"));
        }
        // a prompt chosen only now, after today's scheduled message said every prompt was seen: a topic was added since
        boolean afterAllSeen = choice.chosenNow() && selector.toldOn(learner.user(), day);
        if (outbox.claimForReply(new Delivery(learner.user(), Delivery.Kind.PROMPT, day)) || afterAllSeen) {
            return live(learner, day).orElseThrow();
        }
        return PromptMessages.reminder(Texts.in(learner.language()), choice.prompt().get());
    }

    /**
     * The day's live prompt, greeting the learner for their hour now. The first live prompt of a
     * quarter without a goal for it also asks for one (once, {@link LearnerStore#askGoalOnce}),
     * announcing the new quarter only in its first days: someone who enrols or comes back late in
     * a quarter is just asked. Without a prompt, the first time every prompt of the learner's topics
     * was seen brings that news and more topics ({@link PromptSelector#tellOnce}); then it is empty.
     */
    Optional<Message> live(Learner learner, LocalDate day) {
        return live(new LearnerStore.Snapshot(learner, Map.of()), day);
    }

    /** As {@link #live(Learner, LocalDate)}, taking what it can from the learner hash as the caller read it. */
    Optional<Message> live(LearnerStore.Snapshot snapshot, LocalDate day) {
        Learner learner = snapshot.learner();
        Texts texts = Texts.in(learner.language());
        String greeting = Replies.greeting(texts, learner.name(), calendar.now(learner.zone()).toLocalTime());
        Optional<Message> prompt = selector.today(learner.user(), learner.topics(), day, snapshot.hash())
                .map(p -> PromptMessages.prompt(texts, p, library, greeting, learner.goalFor(day),
                        QuizOrder.of(p, learner.user(), day)))
                .or(() -> selector.allSeen(learner.user(), learner.topics())
                        .filter(seen -> selector.tellOnce(learner.user(), seen, day))
                        .map(seen -> AllSeenMessages.offer(texts, seen)));
        if (learner.goalFor(day).isEmpty() && !snapshot.goalAskedIn(Learner.quarter(day))
                && learners.askGoalOnce(learner.user(), day)) {
            Message question = Replies.goalQuestion(texts, Learner.quarter(day), Learner.quarterJustStarted(day));
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
