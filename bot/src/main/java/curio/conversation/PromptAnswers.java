package curio.conversation;

import curio.chat.BotEvent.ActionInvoked;
import curio.chat.BotEvent.FormSubmitted;
import curio.chat.Form;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.chat.Responder;
import curio.content.Prompt;
import curio.content.PromptSelector;
import curio.content.ReviewQueue;
import curio.habits.CheckIns;
import curio.habits.Streak;
import curio.learners.Learner;
import curio.learners.LocalCalendar;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import curio.challenges.Challenge;
import curio.challenges.ChallengeMembers;
import curio.chat.Block;
import curio.leads.TeamFeed;
import java.util.Optional;

/** Clicks on a prompt (got it, a quiz choice, I tried it) and the answer and check-in forms. */
@Singleton
class PromptAnswers {

    static final String CHALLENGE_FIELD = "challenge";

    private final PromptSelector selector;
    private final ReviewQueue reviews;
    private final CheckIns checkIns;
    private final LocalCalendar calendar;
    private final ChallengeMembers challenges;
    private final TeamFeed feed;

    PromptAnswers(PromptSelector selector, ReviewQueue reviews, CheckIns checkIns,
                  LocalCalendar calendar, ChallengeMembers challenges, TeamFeed feed) {
        this.selector = selector;
        this.reviews = reviews;
        this.checkIns = checkIns;
        this.calendar = calendar;
        this.challenges = challenges;
        this.feed = feed;
    }

    void onPromptAction(Learner learner, ActionInvoked action, Responder responder) {
        String value = action.value() == null ? "" : action.value();
        String promptId = action.actionId().equals(ActionIds.QUIZ) ? value.replaceFirst(":[^:]*$", "") : value;
        Optional<Prompt> prompt = selector.prompt(learner.user(), promptId);
        Texts texts = Texts.in(learner.language());
        if (prompt.isEmpty()) {
            responder.reply(Message.text(texts.get("prompt.gone")));
            return;
        }
        LocalDate day = calendar.learningDay(learner.zone());
        switch (action.actionId()) {
            case ActionIds.GOT_IT -> complete(learner, prompt.get(), day, texts.get("prompt.gotIt"), responder);
            case ActionIds.DID_IT -> complete(learner, prompt.get(), day, texts.get("prompt.triedIt"), responder);
            case ActionIds.ANSWER -> responder.openForm(answerForm(texts, prompt.get()));
            case ActionIds.QUIZ -> quiz(learner, prompt.get(), value, day, responder);
            default -> responder.reply(Message.text(texts.get("button.gone")));
        }
    }

    void onForm(Learner learner, FormSubmitted form, Responder responder) {
        Texts texts = Texts.in(learner.language());
        if (!form.callbackId().equals(ActionIds.CHECKIN_FORM) && !form.callbackId().equals(ActionIds.REFLECT_FORM)) {
            responder.reply(Message.text(texts.get("form.gone")));
            return;
        }
        String text = form.values().getOrDefault(ActionIds.TEXT_FIELD, "").strip();
        if (text.isEmpty() || text.length() > CommandParser.MAX_TEXT) {
            responder.reply(Message.text(texts.get(text.isEmpty() ? "form.empty" : "form.tooLong")));
            return;
        }
        LocalDate day = calendar.learningDay(learner.zone());
        if (form.callbackId().equals(ActionIds.CHECKIN_FORM)) {
            Streak streak = checkIns.checkIn(learner.user(), day, text);
            String challenge = form.values().getOrDefault(CHALLENGE_FIELD, "").strip();
            Optional<ChallengeMembers.Tagged> tagged = challenge.isEmpty() ? Optional.empty()
                    : Optional.of(challenges.tag(learner.user(), challenge, texts));
            responder.update(Message.text(texts.get("form.checkedIn", Markdown.literal(text), CheckIns.describe(texts, streak))
                    + tagged.map(t -> "\n" + t.reply()).orElse("")));
            feed.checkedIn(learner, text, streak, tagged.map(ChallengeMembers.Tagged::feedNotes).orElse(Map.of()),
                    TryThisToo.button(learner.user(), text));
            return;
        }
        Optional<Prompt> prompt = selector.prompt(learner.user(), form.context() == null ? "" : form.context());
        Streak streak = checkIns.answer(learner.user(), day, prompt.map(Prompt::id).orElse(""), text);
        markIfToday(learner, prompt, day);
        String outcome = texts.get("form.noted", Markdown.literal(text), CheckIns.describe(texts, streak));
        responder.update(prompt.map(p -> PromptMessages.answered(p, outcome)).orElse(Message.text(outcome)));
    }

    /** The check-in form; learners in a running challenge can count the check-in for it. */
    Form checkInForm(Learner learner) {
        Texts texts = Texts.in(learner.language());
        List<Form.Field> fields = new ArrayList<>();
        fields.add(Form.Field.text(ActionIds.TEXT_FIELD, texts.get("checkInForm.field"), true, true));
        List<Challenge> joined = challenges.joinedRunning(learner.user());
        if (!joined.isEmpty()) {
            List<Block.Option> options = new ArrayList<>();
            options.add(new Block.Option(texts.get("checkInForm.noChallenge"), ""));
            joined.forEach(c -> options.add(new Block.Option(c.title() + " (" + c.id() + ")", c.id())));
            fields.add(new Form.Field(CHALLENGE_FIELD, texts.get("checkInForm.challenge"), Form.Kind.SELECT, false, "",
                    options));
        }
        return new Form(ActionIds.CHECKIN_FORM, texts.get("checkIn.title"), texts.get("checkInForm.submit"), "", fields);
    }

    private static Form answerForm(Texts texts, Prompt prompt) {
        String title = prompt.title().length() > 24 ? texts.get("answerForm.title") : prompt.title();
        return new Form(ActionIds.REFLECT_FORM, title, texts.get("answerForm.submit"), prompt.id(),
                List.of(Form.Field.text(ActionIds.TEXT_FIELD, texts.get(prompt.kind() == Prompt.Kind.TRY
                        ? "answerForm.howItWent" : "answerForm.title"), true, true)));
    }

    private void quiz(Learner learner, Prompt prompt, String value, LocalDate day, Responder responder) {
        int choice;
        try {
            choice = Integer.parseInt(value.substring(value.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            choice = -1;
        }
        if (prompt.kind() != Prompt.Kind.QUIZ || choice < 0 || choice >= prompt.choices().size()) {
            responder.reply(Message.text(Texts.in(learner.language()).get("quiz.unreadable")));
            return;
        }
        answerQuiz(learner, prompt, choice, day).ifPresentOrElse(responder::update, () -> responder.reply(answered(learner)));
    }

    /** What a second answer to the day's quiz gets. */
    static Message answered(Learner learner) {
        return Message.text(Texts.in(learner.language()).get("quiz.answered"));
    }

    /**
     * Answers a quiz with {@code choice}, an index into its choices (whatever order they were shown
     * in): the quiz as answered, with the outcome and its explanation; empty when today's quiz was
     * answered before (the first answer counts).
     */
    Optional<Message> answerQuiz(Learner learner, Prompt prompt, int choice, LocalDate day) {
        boolean todays = selector.today(learner.user(), learner.topics(), day).filter(p -> p.id().equals(prompt.id())).isPresent();
        if (todays && !selector.answerOnce(learner.user(), day)) {
            return Optional.empty();
        }
        Texts texts = Texts.in(learner.language());
        String outcome;
        boolean right = choice == prompt.answer();
        if (right) {
            reviews.answeredRight(learner.user(), prompt.id(), day);
            outcome = texts.get("quiz.right", prompt.choices().get(choice), prompt.explanation());
        } else {
            reviews.answeredWrong(learner.user(), prompt.id(), day);
            outcome = texts.get("quiz.wrong", prompt.choices().get(choice), prompt.choices().get(prompt.answer()),
                    prompt.explanation());
        }
        Streak streak = checkIns.quizAnswered(learner.user(), day, prompt.id(), right);
        return Optional.of(completed(learner, prompt, day, outcome, streak));
    }

    private void complete(Learner learner, Prompt prompt, LocalDate day, String outcome, Responder responder) {
        responder.update(completed(learner, prompt, day, outcome, checkIns.done(learner.user(), day, prompt.id())));
    }

    private Message completed(Learner learner, Prompt prompt, LocalDate day, String outcome, Streak streak) {
        markIfToday(learner, Optional.of(prompt), day);
        return PromptMessages.answered(prompt, outcome + "\n" + CheckIns.describe(Texts.in(learner.language()), streak));
    }

    private void markIfToday(Learner learner, Optional<Prompt> prompt, LocalDate day) {
        Optional<Prompt> today = selector.today(learner.user(), learner.topics(), day);
        if (prompt.isPresent() && today.isPresent() && today.get().id().equals(prompt.get().id())) {
            selector.markAnswered(learner.user());
        }
    }
}
