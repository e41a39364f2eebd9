package curio.conversation;

import curio.challenges.Challenge;
import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.learners.Learner;
import curio.words.Texts;
import java.time.LocalTime;
import java.util.List;

/** The fixed texts of the conversation, in the learner's language. */
final class Replies {

    private Replies() {
    }

    static Message notEnrolled(Texts texts) {
        return Message.builder(texts.get("notEnrolled.title"))
                .text(texts.get("notEnrolled.text"))
                .buttons(new Button(ActionIds.START, texts.get("notEnrolled.button"), "start", Block.Style.PRIMARY))
                .build();
    }

    static Message settings(Learner learner) {
        Texts texts = Texts.in(learner.language());
        String status = switch (learner.status()) {
            case ACTIVE -> texts.get("settings.active");
            case STOPPED -> texts.get("settings.stopped");
            case PAUSED -> learner.pausedUntil().map(d -> texts.get("settings.pausedUntil", texts.date(d)))
                    .orElse(texts.get("settings.pausedUntilResume"));
        };
        return Message.text(texts.get("settings.text", status, learner.promptAt().toString(),
                learner.checkinAt().toString(), texts.days(learner.workingDays()), learner.zone().getId(),
                texts.get("language.name"), String.join(", ", learner.topics()),
                texts.get(learner.sharing() ? "settings.on" : "settings.off"),
                learner.goal().isEmpty() ? texts.get("settings.noGoal") : Markdown.literal(learner.goal())));
    }

    static Message confirmDelete(Texts texts) {
        return Message.builder(texts.get("delete.title"))
                .text(texts.get("delete.text"))
                .buttons(new Button(ActionIds.CONFIRM_DELETE, texts.get("delete.yes"), "yes", Block.Style.DANGER),
                        new Button(ActionIds.CANCEL_DELETE, texts.get("delete.no"), "no"))
                .context(texts.get("delete.typed"))
                .build();
    }

    static Message stillInterested(Texts texts) {
        return Message.builder(texts.get("stillInterested.title"))
                .text(texts.get("stillInterested.text"))
                .buttons(new Button(ActionIds.KEEP_GOING, texts.get("stillInterested.yes"), "yes", Block.Style.PRIMARY),
                        new Button(ActionIds.STOP, texts.get("stillInterested.no"), "no"))
                .build();
    }

    static Message checkInQuestion(Learner learner, List<Challenge> challenges) {
        Texts texts = Texts.in(learner.language());
        Message.Builder question = Message.builder(texts.get("checkIn.title"))
                .text(texts.get("checkIn.text", Markdown.literal(learner.name())));
        challenges.forEach(c -> question.context(texts.get("checkIn.challenge", Markdown.literal(c.title()), c.id())));
        return question.buttons(checkInButton(texts))
                .context(texts.get("checkIn.orTyped"))
                .build();
    }

    /**
     * What {@code checkin} posts where a form opens only from a click (Slack): the check-in button,
     * which opens the form as the evening question's does.
     */
    static Message checkInLauncher(Texts texts) {
        return Message.builder(texts.get("checkIn.launcher.title"))
                .text(texts.get("checkIn.launcher.text"))
                .buttons(checkInButton(texts))
                .build();
    }

    private static Button checkInButton(Texts texts) {
        return new Button(ActionIds.CHECK_IN, texts.get("checkIn.button"), "", Block.Style.PRIMARY);
    }

    /**
     * "Good morning, Ana! " by the learner's local hour: morning before 12, afternoon before 18,
     * evening until midnight. The small hours (before 05:00, around the 03:00 day rollover) get a
     * plain "Hi".
     */
    static String greeting(Texts texts, String name, LocalTime localTime) {
        int hour = localTime.getHour();
        String hello = hour < 5 ? "greeting.night" : hour < 12 ? "greeting.morning"
                : hour < 18 ? "greeting.afternoon" : "greeting.evening";
        return texts.get(hello, Markdown.literal(name));
    }

    /** The quarter's goal question; only in a quarter's first days does it say that the quarter is new. */
    static Message goalQuestion(Texts texts, String quarter, boolean newQuarter) {
        return Message.builder(texts.get("goal.question.title"))
                .text(texts.get("goal.question.text", newQuarter ? texts.get("goal.question.newQuarter", quarter) : ""))
                .build();
    }
}
