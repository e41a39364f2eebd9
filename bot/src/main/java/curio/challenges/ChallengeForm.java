package curio.challenges;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Block.Option;
import curio.chat.Form;
import curio.chat.Form.Field;
import curio.chat.Form.Kind;
import curio.chat.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "new challenge" form (Slack modal, Teams card, web form) and the checks on what comes
 * back. Every problem is found before anything is stored or posted.
 */
public final class ChallengeForm {

    public static final String CALLBACK = "challenge.new";
    /** The launcher's button: its click opens the form; its value is the channel asked for, or empty. */
    public static final String OPEN = "challenge.new.open";
    static final int MAX_TITLE = 150;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_GOAL = 500;

    private ChallengeForm() {
    }

    /** A team the lead may post to: its id and how to show it. */
    public record TeamChoice(String id, String label) {
    }

    public static Form form(List<TeamChoice> teams, LocalDate today) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("title", "Title", Kind.TEXT, true, null, List.of()));
        fields.add(new Field("description", "What is it about?", Kind.MULTILINE, false, null, List.of()));
        fields.add(new Field("goal", "Goal, in words (e.g. try 3 new AI tools)", Kind.TEXT, true, null, List.of()));
        fields.add(new Field("target", "How many to finish (a number)", Kind.TEXT, true, "10", List.of()));
        fields.add(new Field("unit", "Counted as", Kind.SELECT, true, "DAYS",
                List.of(new Option("days with a check-in", "DAYS"), new Option("check-ins", "CHECKINS"))));
        fields.add(new Field("start", "Starts", Kind.DATE, true, today.toString(), List.of()));
        fields.add(new Field("end", "Ends", Kind.DATE, true, today.plusWeeks(3).toString(), List.of()));
        fields.add(new Field("team", "Channel", Kind.SELECT, true, teams.get(0).id(),
                teams.stream().map(t -> new Option(t.label(), t.id())).toList()));
        return new Form(CALLBACK, "New learning challenge", "Post it", "", fields);
    }

    /**
     * What a lead gets instead of the form where a platform opens forms only from a click (Slack,
     * after `challenge new` in a DM): a button that opens it.
     */
    public static Message launcher(Optional<String> channelId) {
        return Message.builder("New learning challenge: open the form")
                .text("*New learning challenge*\nOpen the form to give it a title, a goal, dates and the channel "
                        + "to post it in.")
                .buttons(new Button(OPEN, "Open the form", channelId.orElse(""), Block.Style.PRIMARY))
                .build();
    }

    /** What the lead filled in, checked; {@code problem} says what to fix when it is not usable. */
    public record Draft(String title, String description, String goal, int target, Challenge.Unit unit,
                        LocalDate start, LocalDate end, String teamId, String problem, String field) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Draft read(Map<String, String> values, LocalDate today) {
        String title = values.getOrDefault("title", "").strip();
        String description = values.getOrDefault("description", "").strip();
        String goal = values.getOrDefault("goal", "").strip();
        String teamId = values.getOrDefault("team", "").strip();
        if (title.isEmpty()) {
            return problem("title", "The challenge needs a title.");
        }
        if (title.length() > MAX_TITLE) {
            return problem("title", "Keep the title under " + MAX_TITLE + " characters (it has " + title.length() + ").");
        }
        if (goal.isEmpty()) {
            return problem("goal", "Describe the goal, e.g. \"check in on 10 of the next 15 working days\".");
        }
        if (goal.length() > MAX_GOAL) {
            return problem("goal", "The goal is " + goal.length() + " characters; keep it under " + MAX_GOAL + ".");
        }
        if (description.length() > MAX_DESCRIPTION) {
            return problem("description", "The description is " + description.length() + " characters; keep it under " + MAX_DESCRIPTION + ".");
        }
        int target;
        try {
            target = Integer.parseInt(values.getOrDefault("target", "").strip());
        } catch (NumberFormatException e) {
            return problem("target", "\"How many to finish\" must be a whole number, like 10.");
        }
        if (target < 1 || target > 365) {
            return problem("target", "\"How many to finish\" must be between 1 and 365.");
        }
        Challenge.Unit unit;
        try {
            unit = Challenge.Unit.valueOf(values.getOrDefault("unit", "DAYS").strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return problem("unit", "Count the challenge in \"days with a check-in\" or \"check-ins\".");
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(values.getOrDefault("start", "").strip());
        } catch (DateTimeParseException e) {
            return problem("start", "Dates are YEAR-MONTH-DAY, like " + today + ".");
        }
        try {
            end = LocalDate.parse(values.getOrDefault("end", "").strip());
        } catch (DateTimeParseException e) {
            return problem("end", "Dates are YEAR-MONTH-DAY, like " + today.plusWeeks(3) + ".");
        }
        if (start.isBefore(today)) {
            return problem("start", "The start date " + start + " is in the past; pick today (" + today + ") or later.");
        }
        if (end.isBefore(start)) {
            return problem("end", "The challenge ends (" + end + ") before it starts (" + start + ").");
        }
        if (end.isAfter(start.plusYears(1))) {
            return problem("end", "A challenge can last at most a year.");
        }
        if (unit == Challenge.Unit.DAYS && target > end.toEpochDay() - start.toEpochDay() + 1) {
            return problem("target", "The challenge has " + (end.toEpochDay() - start.toEpochDay() + 1) + " days, fewer than the "
                    + target + " days with a check-in it asks for.");
        }
        if (teamId.isEmpty()) {
            return problem("team", "Pick the channel to post the challenge in.");
        }
        return new Draft(title, description, goal, target, unit, start, end, teamId, null, null);
    }

    private static Draft problem(String field, String problem) {
        return new Draft(null, null, null, 0, null, null, null, null, problem, field);
    }
}
