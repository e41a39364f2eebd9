package curio.conversation;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Markdown;
import curio.chat.Message;
import curio.learners.Learner;
import curio.learners.WorkingDays;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The fixed texts of the conversation. */
final class Replies {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Replies() {
    }

    static Message notEnrolled() {
        return Message.builder("You're not signed up yet")
                .text("You're not signed up yet. Say `start` and I'll send you one short learning prompt "
                        + "each working day.")
                .buttons(new Button(ActionIds.START, "Start learning", "start", Block.Style.PRIMARY))
                .build();
    }

    static Message settings(Learner learner) {
        String status = switch (learner.status()) {
            case ACTIVE -> "active";
            case STOPPED -> "stopped (say `start` to come back)";
            case PAUSED -> learner.pausedUntil().map(d -> "paused until " + day(d)).orElse("paused until you `resume`");
        };
        return Message.text("*Your settings*\n"
                + "- Status: " + status + "\n"
                + "- Prompt at *" + learner.promptAt() + "*, check-in at *" + learner.checkinAt() + "*\n"
                + "- Days: " + WorkingDays.describe(learner.workingDays()) + "\n"
                + "- Time zone: " + learner.zone().getId() + "\n"
                + "- Topics: " + String.join(", ", learner.topics()) + "\n"
                + "- Sharing with your team: " + (learner.sharing() ? "on" : "off") + "\n"
                + "- Goal: " + (learner.goal().isEmpty() ? "none yet (`goal <text>`)" : Markdown.literal(learner.goal())));
    }

    static Message confirmDelete() {
        return Message.builder("Delete all your Curio data?")
                .text("This erases your streak, history, answers and settings for good. Are you sure?")
                .buttons(new Button(ActionIds.CONFIRM_DELETE, "Yes, delete everything", "yes", Block.Style.DANGER),
                        new Button(ActionIds.CANCEL_DELETE, "Keep my data", "no"))
                .context("Or type `delete my data confirm`.")
                .build();
    }

    static Message stillInterested() {
        return Message.builder("Shall I keep sending prompts?")
                .text("I haven't heard from you for a week of working days, so I've paused your prompts. "
                        + "No pressure: shall I keep going?")
                .buttons(new Button(ActionIds.KEEP_GOING, "Yes, keep going", "yes", Block.Style.PRIMARY),
                        new Button(ActionIds.STOP, "Stop for now", "no"))
                .build();
    }

    static Message checkInQuestion(String name, java.util.List<curio.challenges.Challenge> challenges) {
        Message.Builder question = Message.builder("What did you try today?")
                .text("What did you try today, " + Markdown.literal(name) + "? One line is plenty.");
        challenges.forEach(c -> question.context("🏆 *" + Markdown.literal(c.title())
                + "* is running: count today's check-in for it "
                + "with `tried " + c.id() + ": what you did`, or pick it in the form."));
        return question.buttons(checkInButton())
                .context("Or reply `tried <what you did>`.")
                .build();
    }

    /**
     * What {@code checkin} posts where a form opens only from a click (Slack): the check-in button,
     * which opens the form as the evening question's does.
     */
    static Message checkInLauncher() {
        return Message.builder("Check in: open the form")
                .text("Here the check-in form opens from a button: click *Check in*. "
                        + "Or reply `tried <what you did>`.")
                .buttons(checkInButton())
                .build();
    }

    private static Button checkInButton() {
        return new Button(ActionIds.CHECK_IN, "Check in", "", Block.Style.PRIMARY);
    }

    /**
     * "Good morning, Ana! " by the learner's local hour: morning before 12, afternoon before 18,
     * evening until midnight. The small hours (before 05:00, around the 03:00 day rollover) get a
     * plain "Hi".
     */
    static String greeting(String name, LocalTime localTime) {
        int hour = localTime.getHour();
        String hello = hour < 5 ? "Hi" : hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
        return hello + ", " + Markdown.literal(name) + "! ";
    }

    /** The quarter's goal question; only in a quarter's first days does it say that the quarter is new. */
    static Message goalQuestion(String quarter, boolean newQuarter) {
        return Message.builder("What do you want to get better at this quarter?")
                .text("🌱 " + (newQuarter ? "*A new quarter (" + quarter + ") starts.* " : "")
                        + "What do you want to get better at this quarter? "
                        + "Reply `goal <what you want to get better at>`; I'll bring it up in some reflections.")
                .build();
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
