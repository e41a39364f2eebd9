package curio.conversation;

import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Responder;
import curio.content.Prompt;
import curio.content.PromptSelector;
import curio.content.QuizOrder;
import curio.export.ExportMessages;
import curio.habits.CheckIns;
import curio.habits.LearningHistory;
import curio.habits.Streak;
import curio.habits.StreakRules;
import curio.learners.Learner;
import curio.learners.LearnerData;
import curio.learners.LearnerStore;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import curio.challenges.ChallengeMembers;
import curio.leads.TeamFeed;

/** today, tried, answer, streak, goal, share, export and delete: the learning itself. */
@Singleton
class LearningCommands {

    /** {@code tried c3: what I did}, or without the colon {@code tried c3 what I did}, counts for challenge c3. */
    static final Pattern CHALLENGE_TAG = Pattern.compile("(?s)(c\\d{1,6})(?:\\s*[:\\-]\\s*|\\s+)(.+)");

    private final LearnerStore learners;
    private final LocalCalendar calendar;
    private final PromptSelector selector;
    private final PromptOfTheDay prompts;
    private final CheckIns checkIns;
    private final StreakRules streaks;
    private final LearningHistory history;
    private final LearnerData data;
    private final ExportMessages exports;
    private final TeamFeed feed;
    private final ChallengeMembers challengeMembers;
    private final PromptAnswers answers;

    LearningCommands(LearnerStore learners, LocalCalendar calendar, PromptSelector selector, PromptOfTheDay prompts,
                     CheckIns checkIns, StreakRules streaks, LearningHistory history, LearnerData data,
                     ExportMessages exports, TeamFeed feed, ChallengeMembers challengeMembers, PromptAnswers answers) {
        this.learners = learners;
        this.calendar = calendar;
        this.selector = selector;
        this.prompts = prompts;
        this.checkIns = checkIns;
        this.streaks = streaks;
        this.history = history;
        this.data = data;
        this.exports = exports;
        this.feed = feed;
        this.challengeMembers = challengeMembers;
        this.answers = answers;
    }

    Message today(Learner learner) {
        return prompts.onRequest(learner);
    }

    /** What a check-in logs: its words without the challenge tag. */
    static String logged(String text) {
        Matcher tag = CHALLENGE_TAG.matcher(text);
        return tag.matches() ? tag.group(2).strip() : text;
    }

    /**
     * Answers a check-in already logged and counted ({@code streak}); a tagged one is counted for its
     * challenge first, as the answer says how far it got. The team feed is posted after the answer.
     */
    void tried(Learner learner, String text, Streak streak, Responder responder) {
        Matcher tag = CHALLENGE_TAG.matcher(text);
        Texts texts = Texts.in(learner.language());
        String thanks = texts.get(streak.alreadyToday() ? "tried.added" : "tried.first");
        Optional<ChallengeMembers.Tagged> tagged = tag.matches()
                ? Optional.of(challengeMembers.tag(learner.user(), tag.group(1), texts)) : Optional.empty();
        responder.reply(Message.text(thanks + CheckIns.describe(texts, streak)
                + tagged.map(t -> "\n" + t.reply()).orElse("")));
        feed.checkedIn(learner, logged(text), streak, tagged.map(ChallengeMembers.Tagged::feedNotes).orElse(Map.of()),
                TryThisToo.button(learner.user(), logged(text)));
    }

    Message answer(Learner learner, String text) {
        Texts texts = Texts.in(learner.language());
        LocalDate day = calendar.learningDay(learner.zone());
        Optional<Prompt> prompt = selector.today(learner.user(), learner.topics(), day);
        if (prompt.isPresent() && prompt.get().kind() == Prompt.Kind.QUIZ) {
            return QuizOrder.of(prompt.get(), learner.user(), day).named(text)
                    .map(choice -> answers.answerQuiz(learner, prompt.get(), choice, day).orElseGet(() -> PromptAnswers.answered(learner)))
                    .orElseGet(() -> Message.text(texts.get("answer.quizNeedsLetter")));
        }
        if (prompt.isPresent() && prompt.get().kind() == Prompt.Kind.TIP) {
            return Message.text(texts.get("answer.tip"));
        }
        Streak streak = checkIns.answer(learner.user(), day, prompt.map(Prompt::id).orElse(""), text);
        selector.markAnswered(learner.user());
        return Message.text(texts.get("answer.noted", CheckIns.describe(texts, streak)));
    }

    Message streak(Learner learner) {
        LocalDate day = calendar.learningDay(learner.zone());
        Streak streak = streaks.peek(learner.user(), day);
        Texts texts = Texts.in(learner.language());
        return Message.builder(texts.get("streak.title", streak.current()))
                .text(texts.get("streak.text", streak.current(), streak.longest(), streak.freezes(), streak.learningDays()))
                .add(history.heatmap(learner.user(), day, texts))
                .context(texts.get("streak.context"))
                .build();
    }

    Message goal(Learner learner, String goal) {
        learners.setGoal(learner.user(), goal, calendar.learningDay(learner.zone()));
        Texts texts = Texts.in(learner.language());
        return Message.text(texts.get("goal.set", Markdown.literal(goal),
                texts.get(learner.sharing() ? "goal.set.shared" : "goal.set.private")));
    }

    Message showGoal(Learner learner) {
        LocalDate day = calendar.learningDay(learner.zone());
        Texts texts = Texts.in(learner.language());
        return Message.text(learner.goalFor(day).map(goal -> texts.get("goal.shown", Markdown.literal(goal)))
                .orElse(texts.get("goal.none", Learner.quarter(day))));
    }

    Message share(Learner learner, boolean on) {
        learners.setSharing(learner.user(), on);
        return Message.text(Texts.in(learner.language()).get(on ? "share.on" : "share.off"));
    }

    Message export(Learner learner) {
        return exports.export(learner, calendar.learningDay(learner.zone()));
    }

    Message delete(Learner learner, boolean confirmed) {
        if (!confirmed) {
            return Replies.confirmDelete(Texts.in(learner.language()));
        }
        data.delete(learner.user());
        return Message.text(Texts.in(learner.language()).get("delete.done"));
    }
}
