package curio.conversation;

import curio.challenges.ChallengeMembers;
import curio.chat.ConversationRef;
import curio.chat.Message;
import curio.chat.SentMessage;
import curio.content.PromptSelector;
import curio.delivery.ChatAdapters;
import curio.delivery.Delivery;
import curio.delivery.DeliveryComposer;
import curio.habits.StreakRules;
import curio.habits.Streak;
import curio.learners.Learner;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.metrics.CurioMetrics;
import curio.schedule.CohortScheduler;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the schedule sends: the prompt, the check-in question and the one nudge of the day.
 * Decides at send time, so a learner who paused, stopped or already learned gets nothing. The
 * prompt is the day's one live prompt ({@link PromptOfTheDay}): when {@code today} or the welcome
 * already showed it, the outbox skips the entry before it gets here.
 * After {@value #IGNORED_DAYS_BEFORE_PAUSE} ignored working days Curio pauses and asks.
 */
@Singleton
public class ScheduledMessages implements DeliveryComposer {

    static final int IGNORED_DAYS_BEFORE_PAUSE = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledMessages.class);

    private final LearnerStore learners;
    private final PromptSelector selector;
    private final PromptOfTheDay prompts;
    private final StreakRules streaks;
    private final LocalCalendar calendar;
    private final ChatAdapters adapters;
    private final CohortScheduler scheduler;
    private final ChallengeMembers challenges;
    private final CurioMetrics metrics;

    ScheduledMessages(LearnerStore learners, PromptSelector selector, PromptOfTheDay prompts, StreakRules streaks,
                      LocalCalendar calendar, ChatAdapters adapters, CohortScheduler scheduler,
                      ChallengeMembers challenges, CurioMetrics metrics) {
        this.learners = learners;
        this.selector = selector;
        this.prompts = prompts;
        this.streaks = streaks;
        this.calendar = calendar;
        this.adapters = adapters;
        this.scheduler = scheduler;
        this.challenges = challenges;
        this.metrics = metrics;
    }

    /**
     * The message a delivery owes, if any. The learner hash is read once ({@link LearnerStore#snapshot})
     * and the day's state taken from it: a cohort of 100,000 composes as many messages at once.
     */
    @Override
    public Optional<Outgoing> compose(Delivery delivery) {
        Optional<LearnerStore.Snapshot> found = learners.snapshot(delivery.user()).map(l -> resumeIfPauseOver(l, delivery.day()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LearnerStore.Snapshot snapshot = found.get();
        Learner learner = snapshot.learner();
        boolean pausedToday = delivery.kind() == Delivery.Kind.PROMPT
                && snapshot.autoPausedOn().filter(delivery.day()::equals).isPresent();
        if (!learner.dueOn(delivery.day()) && !pausedToday) {
            return Optional.empty();
        }
        Optional<ConversationRef> to = learner.conversation().or(() -> adapters.forPlatform(
                delivery.user().tenant().platform()).flatMap(a -> a.directConversation(delivery.user())));
        if (to.isEmpty()) {
            LOG.debug("No conversation to reach {} yet", delivery.user());
            return Optional.empty();
        }
        Optional<Message> message = switch (delivery.kind()) {
            case PROMPT -> prompt(snapshot, delivery.day(), pausedToday);
            case CHECKIN -> checkIn(snapshot, delivery.day());
            case NUDGE -> nudge(snapshot, delivery.day());
        };
        return message.map(m -> new Outgoing(to.get(), m));
    }

    private Optional<Message> prompt(LearnerStore.Snapshot snapshot, LocalDate day, boolean pausedToday) {
        Learner learner = snapshot.learner();
        if (pausedToday) {
            return Optional.of(Replies.stillInterested(Texts.in(learner.language())));
        }
        if (learner.ignoredDays() >= IGNORED_DAYS_BEFORE_PAUSE) {
            learners.autoPause(learner.user(), day);
            return Optional.of(Replies.stillInterested(Texts.in(learner.language())));
        }
        if (selector.answered(snapshot.hash(), day)) {
            return Optional.empty();
        }
        return prompts.live(snapshot, day);
    }

    private Optional<Message> checkIn(LearnerStore.Snapshot snapshot, LocalDate day) {
        Learner learner = snapshot.learner();
        boolean seenToday = snapshot.lastSeen().filter(day::equals).isPresent();
        if (!seenToday) {
            learners.ignored(learner.user(), day);
        }
        return Optional.of(Replies.checkInQuestion(learner, challenges.joinedRunning(learner.user())));
    }

    private Optional<Message> nudge(LearnerStore.Snapshot snapshot, LocalDate day) {
        Learner learner = snapshot.learner();
        Streak streak = streaks.peek(learner.user(), day);
        boolean beforeCutOff = calendar.now(learner.zone()).toLocalTime().isBefore(learner.checkinAt());
        if (streak.alreadyToday() || selector.answered(snapshot.hash(), day) || !beforeCutOff
                || selector.today(learner.user(), learner.topics(), day, snapshot.hash()).isEmpty()) {
            return Optional.empty();
        }
        Texts texts = Texts.in(learner.language());
        String why = streak.current() > 0 ? texts.get("nudge.keepStreak", streak.current()) : texts.get("nudge.startStreak");
        return Optional.of(Message.text(texts.get("nudge.text", why)));
    }

    private LearnerStore.Snapshot resumeIfPauseOver(LearnerStore.Snapshot snapshot, LocalDate day) {
        Learner learner = snapshot.learner();
        if (learner.status() == Learner.Status.PAUSED && learner.pausedUntil().filter(day::isAfter).isPresent()) {
            learners.resume(learner.user(), day);
            return learners.snapshot(learner.user()).orElse(snapshot);
        }
        return snapshot;
    }

    @Override
    public void delivered(Delivery delivery, SentMessage sent) {
        LOG.debug("Delivered {} to {}", delivery.kind(), delivery.user());
        if (delivery.kind() == Delivery.Kind.PROMPT) {
            metrics.promptSent(delivery.user().tenant().platform());
        }
    }

    @Override
    public void unreachable(Delivery delivery, String reason) {
        LOG.info("{} cannot be reached ({}): stopping their deliveries", delivery.user(), reason);
        learners.forgetConversation(delivery.user());
        learners.stop(delivery.user(), delivery.day());
        scheduler.unschedule(delivery.user());
    }
}
