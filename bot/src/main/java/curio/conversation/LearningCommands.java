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
        String thanks = streak.alreadyToday() ? "Added to today's check-in. " : "Checked in. Nice work! ";
        Optional<ChallengeMembers.Tagged> tagged = tag.matches()
                ? Optional.of(challengeMembers.tag(learner.user(), tag.group(1))) : Optional.empty();
        responder.reply(Message.text(thanks + CheckIns.describe(streak)
                + tagged.map(t -> "\n" + t.reply()).orElse("")));
        feed.checkedIn(learner, logged(text), streak, tagged.map(ChallengeMembers.Tagged::feedNotes).orElse(Map.of()),
                TryThisToo.button(learner.user(), logged(text)));
    }

    Message answer(Learner learner, String text) {
        LocalDate day = calendar.learningDay(learner.zone());
        Optional<Prompt> prompt = selector.today(learner.user(), learner.topics(), day);
        if (prompt.isPresent() && prompt.get().kind() == Prompt.Kind.QUIZ) {
            return QuizOrder.of(prompt.get(), learner.user(), day).named(text)
                    .map(choice -> answers.answerQuiz(learner, prompt.get(), choice, day).orElse(PromptAnswers.ANSWERED))
                    .orElseGet(() -> Message.text("Today's prompt is a quiz: answer with the letter of a choice, "
                            + "e.g. `answer B` (say `today` to see it). To tell me what you tried, use `tried <text>`."));
        }
        if (prompt.isPresent() && prompt.get().kind() == Prompt.Kind.TIP) {
            return Message.text("Today's prompt is a tip, so there's nothing to answer: `answer` is for reflection "
                    + "questions and quizzes. Click *Got it* on the tip (say `today` to see it), and to tell me "
                    + "what you tried, say `tried <what you did>`.");
        }
        Streak streak = checkIns.answer(learner.user(), day, prompt.map(Prompt::id).orElse(""), text);
        selector.markAnswered(learner.user());
        return Message.text("Thanks, noted. " + CheckIns.describe(streak));
    }

    Message streak(Learner learner) {
        LocalDate day = calendar.learningDay(learner.zone());
        Streak streak = streaks.peek(learner.user(), day);
        return Message.builder("Streak: " + streak.current() + (streak.current() == 1 ? " day" : " days"))
                .text("🔥 Current streak: *" + streak.current() + "* · Longest: *" + streak.longest()
                        + "* · Freezes: *" + streak.freezes() + "/2* · Learning days: *" + streak.learningDays() + "*")
                .add(history.heatmap(learner.user(), day))
                .context("Last 12 weeks. A day counts when you answer a prompt or check in (days end at 03:00). "
                        + "You earn a freeze every 5 learning days; it covers a missed working day.")
                .build();
    }

    Message goal(Learner learner, String goal) {
        learners.setGoal(learner.user(), goal, calendar.learningDay(learner.zone()));
        return Message.text("Goal for this quarter: _" + Markdown.literal(goal) + "_. I'll bring it up in some reflections. "
                + (learner.sharing() ? "Your lead can see it because sharing is on." : "It stays private (sharing is off)."));
    }

    Message showGoal(Learner learner) {
        LocalDate day = calendar.learningDay(learner.zone());
        return Message.text(learner.goalFor(day).map(goal -> "Your goal this quarter: _" + Markdown.literal(goal) + "_")
                .orElse("No goal for " + Learner.quarter(day) + " yet. What do you want to get better at this quarter? "
                        + "Say `goal <text>`."));
    }

    Message share(Learner learner, boolean on) {
        learners.setSharing(learner.user(), on);
        return Message.text(on ? "Sharing is on: your check-ins and streak can appear in your team's feed and leaderboards."
                : "Sharing is off: your check-ins and streak stay private.");
    }

    Message export(Learner learner) {
        return exports.export(learner, calendar.learningDay(learner.zone()));
    }

    Message delete(Learner learner, boolean confirmed) {
        if (!confirmed) {
            return Replies.confirmDelete();
        }
        data.delete(learner.user());
        return Message.text("Done: everything I held about you is erased. If you ever want to start again, say `start`.");
    }
}
