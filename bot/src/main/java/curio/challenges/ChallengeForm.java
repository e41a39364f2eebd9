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
    /** The edit form of a challenge; its context is the challenge id. */
    public static final String EDIT = "challenge.edit";
    /** The edit launcher's button; its value is the challenge id. */
    public static final String EDIT_OPEN = "challenge.edit.open";
    static final int MAX_TITLE = 150;
    /** Problems are listed in the order of the form's fields. */
    private static final List<String> FIELD_ORDER = List.of("title", "description", "goal", "target", "unit", "start",
            "end", "team");
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_GOAL = 500;

    private ChallengeForm() {
    }

    /** A team the lead may post to: its id and how to show it. */
    public record TeamChoice(String id, String label) {
    }

    public static Form form(List<TeamChoice> teams, LocalDate today) {
        List<Field> fields = words(null, null, null, "10");
        fields.add(new Field("unit", "Counted as", Kind.SELECT, true, "DAYS",
                List.of(new Option("days with a check-in", "DAYS"), new Option("check-ins", "CHECKINS"))));
        fields.add(new Field("start", "Starts", Kind.DATE, true, today.toString(), List.of()));
        fields.add(new Field("end", "Ends", Kind.DATE, true, today.plusWeeks(3).toString(), List.of()));
        fields.add(new Field("team", "Channel", Kind.SELECT, true, teams.get(0).id(),
                teams.stream().map(t -> new Option(t.label(), t.id())).toList()));
        return new Form(CALLBACK, "New learning challenge", "Post it", "", fields);
    }

    /** The fields both forms have, filled in with these values (null: empty). */
    private static List<Field> words(String title, String description, String goal, String target) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("title", "Title", Kind.TEXT, true, title, List.of()));
        fields.add(new Field("description", "What is it about?", Kind.MULTILINE, false, description, List.of()));
        fields.add(new Field("goal", "Goal, in words (e.g. try 3 new AI tools)", Kind.TEXT, true, goal, List.of()));
        fields.add(new Field("target", "How many to finish (a number)", Kind.TEXT, true, target, List.of()));
        return fields;
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

    /** The edit form of a running challenge: the same fields as a new one's, filled in, without those fixed once posted. */
    public static Form editForm(Challenge c) {
        List<Field> fields = words(c.title(), c.description(), c.goal(), Integer.toString(c.target()));
        fields.add(new Field("end", "Ends", Kind.DATE, true, c.end().toString(), List.of()));
        return new Form(EDIT, "Edit challenge " + c.id(), "Save", c.id(), fields);
    }

    /** The button that opens the edit form where forms need a click (its value: the challenge id). */
    public static Message editLauncher(Challenge c) {
        return Message.builder("Edit challenge " + c.id() + ": open the form")
                .text("*Edit " + c.id() + "*\nOpen the form to change its title, description, goal, target or end date.")
                .buttons(new Button(EDIT_OPEN, "Open the form", c.id(), Block.Style.PRIMARY))
                .build();
    }

    /** One thing to fix, under the form's field. */
    public record Problem(String field, String text) {
    }

    /** What the lead filled in, checked; {@code problems} lists everything to fix when it is not usable. */
    public record Draft(String title, String description, String goal, int target, Challenge.Unit unit,
                        LocalDate start, LocalDate end, String teamId, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The field of the first problem: where a form shows the message. */
        public String field() {
            return problems.get(0).field();
        }

        /** Every problem and what to do: "{@code nothing} yet: fix it and submit again ({@code reopen})". */
        public String refusal(String nothing, String reopen) {
            return problem() + "\n" + nothing + " yet: fix " + (problems.size() == 1 ? "it" : "them")
                    + " and submit again (if the form has closed, `" + reopen + "` opens it again).";
        }

        /** Every problem, in one message. */
        public String problem() {
            if (problems.size() == 1) {
                return problems.get(0).text();
            }
            StringBuilder all = new StringBuilder("Please fix " + problems.size() + " things:");
            problems.forEach(p -> all.append("\n- ").append(p.text()));
            return all.toString();
        }
    }

    public static Draft read(Map<String, String> values, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = date(values, "start", today, problems);
        if (start != null && start.isBefore(today)) {
            problems.add(new Problem("start", "The start date " + start + " is in the past; pick today (" + today + ") or later."));
        }
        return check(values, start, date(values, "end", today.plusWeeks(3), problems), problems);
    }

    /** The edit form of {@code c}: its start, unit and channel stay; its end must not be in the past. */
    public static Draft readEdit(Map<String, String> values, Challenge c, LocalDate today) {
        Map<String, String> fixed = new java.util.HashMap<>(values);
        fixed.put("unit", c.unit().name());
        fixed.put("team", c.teamId());
        List<Problem> problems = new ArrayList<>();
        LocalDate end = date(values, "end", today.plusWeeks(3), problems);
        if (end != null && end.isBefore(today)) {
            problems.add(new Problem("end", "The end date " + end + " is in the past; pick today (" + today
                    + ") or later, or say `challenge end " + c.id() + "` to end it now."));
            end = null;
        }
        return check(fixed, c.start(), end, problems);
    }

    private static Draft check(Map<String, String> values, LocalDate start, LocalDate end, List<Problem> problems) {
        String title = values.getOrDefault("title", "").strip();
        String description = values.getOrDefault("description", "").strip();
        String goal = values.getOrDefault("goal", "").strip();
        String teamId = values.getOrDefault("team", "").strip();
        if (title.isEmpty()) {
            problems.add(new Problem("title", "The challenge needs a title."));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", "Keep the title under " + MAX_TITLE + " characters (it has " + title.length() + ")."));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new Problem("description", "The description is " + description.length() + " characters; keep it under "
                    + MAX_DESCRIPTION + "."));
        }
        if (goal.isEmpty()) {
            problems.add(new Problem("goal", "Describe the goal, e.g. \"check in on 10 of the next 15 working days\"."));
        } else if (goal.length() > MAX_GOAL) {
            problems.add(new Problem("goal", "The goal is " + goal.length() + " characters; keep it under " + MAX_GOAL + "."));
        }
        Integer target = null;
        try {
            target = Integer.parseInt(values.getOrDefault("target", "").strip());
            if (target < 1 || target > 365) {
                problems.add(new Problem("target", "\"How many to finish\" must be between 1 and 365."));
                target = null;
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem("target", "\"How many to finish\" must be a whole number, like 10."));
        }
        Challenge.Unit unit = null;
        try {
            unit = Challenge.Unit.valueOf(values.getOrDefault("unit", "DAYS").strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("unit", "Count the challenge in \"days with a check-in\" or \"check-ins\"."));
        }
        if (start != null && end != null) {
            long days = end.toEpochDay() - start.toEpochDay() + 1;
            if (end.isBefore(start)) {
                problems.add(new Problem("end", "The challenge ends (" + end + ") before it starts (" + start + ")."));
            } else if (end.isAfter(start.plusYears(1))) {
                problems.add(new Problem("end", "A challenge can last at most a year."));
            } else if (target != null && unit != null && target > days) {
                problems.add(new Problem("target", "The challenge has " + Plural.of(days, "day") + ", fewer than the "
                        + Plural.of(target, unit.label(1), unit.label(2)) + " it asks for (a challenge counts one "
                        + "check-in a day)."));
            }
        }
        if (teamId.isEmpty()) {
            problems.add(new Problem("team", "Pick the channel to post the challenge in."));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(p -> FIELD_ORDER.indexOf(p.field())));
            return new Draft(null, null, null, 0, null, null, null, null, List.copyOf(problems));
        }
        return new Draft(title, description, goal, target, unit, start, end, teamId, List.of());
    }

    /** The date in field {@code id}, or null with a problem added. */
    private static LocalDate date(Map<String, String> values, String id, LocalDate example, List<Problem> problems) {
        try {
            return LocalDate.parse(values.getOrDefault(id, "").strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(id, "Dates are YEAR-MONTH-DAY, like " + example + "."));
            return null;
        }
    }
}
