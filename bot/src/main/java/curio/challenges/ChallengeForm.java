package curio.challenges;

import curio.chat.Block;
import curio.chat.Block.Button;
import curio.chat.Block.Option;
import curio.chat.Form;
import curio.chat.Form.Field;
import curio.chat.Form.Kind;
import curio.chat.Message;
import curio.words.Texts;
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

    public static Form form(List<TeamChoice> teams, LocalDate today, Texts texts) {
        List<Field> fields = words(texts, null, null, null, "10");
        fields.add(new Field("unit", texts.get("challengeForm.unit"), Kind.SELECT, true, "DAYS",
                List.of(new Option(texts.get("challengeUnit.DAYS", 2), "DAYS"),
                        new Option(texts.get("challengeUnit.CHECKINS", 2), "CHECKINS"))));
        fields.add(new Field("start", texts.get("challengeForm.start"), Kind.DATE, true, today.toString(), List.of()));
        fields.add(new Field("end", texts.get("challengeForm.end"), Kind.DATE, true, today.plusWeeks(3).toString(), List.of()));
        fields.add(new Field("team", texts.get("challengeForm.team"), Kind.SELECT, true, teams.get(0).id(),
                teams.stream().map(t -> new Option(t.label(), t.id())).toList()));
        return new Form(CALLBACK, texts.get("challengeForm.title"), texts.get("challengeForm.post"), "", fields);
    }

    /** The fields both forms have, filled in with these values (null: empty). */
    private static List<Field> words(Texts texts, String title, String description, String goal, String target) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("title", texts.get("challengeForm.name"), Kind.TEXT, true, title, List.of()));
        fields.add(new Field("description", texts.get("challengeForm.description"), Kind.MULTILINE, false, description,
                List.of()));
        fields.add(new Field("goal", texts.get("challengeForm.goal"), Kind.TEXT, true, goal, List.of()));
        fields.add(new Field("target", texts.get("challengeForm.target"), Kind.TEXT, true, target, List.of()));
        return fields;
    }

    /**
     * What a lead gets instead of the form where a platform opens forms only from a click (Slack,
     * after `challenge new` in a DM): a button that opens it.
     */
    public static Message launcher(Optional<String> channelId, Texts texts) {
        return Message.builder(texts.get("challengeForm.launcherFallback"))
                .text(texts.get("challengeForm.launcher"))
                .buttons(new Button(OPEN, texts.get("challengeForm.open"), channelId.orElse(""), Block.Style.PRIMARY))
                .build();
    }

    /** The edit form of a running challenge: the same fields as a new one's, filled in, without those fixed once posted. */
    public static Form editForm(Challenge c, Texts texts) {
        List<Field> fields = words(texts, c.title(), c.description(), c.goal(), Integer.toString(c.target()));
        fields.add(new Field("end", texts.get("challengeForm.end"), Kind.DATE, true, c.end().toString(), List.of()));
        return new Form(EDIT, texts.get("challengeForm.editTitle", c.id()), texts.get("challengeForm.save"), c.id(), fields);
    }

    /** The button that opens the edit form where forms need a click (its value: the challenge id). */
    public static Message editLauncher(Challenge c, Texts texts) {
        return Message.builder(texts.get("challengeForm.editLauncherFallback", c.id()))
                .text(texts.get("challengeForm.editLauncher", c.id()))
                .buttons(new Button(EDIT_OPEN, texts.get("challengeForm.open"), c.id(), Block.Style.PRIMARY))
                .build();
    }

    /** One thing to fix, under the form's field. */
    public record Problem(String field, String text) {
    }

    /** What the lead filled in, checked; {@code problems} lists everything to fix when it is not usable. */
    public record Draft(String title, String description, String goal, int target, Challenge.Unit unit,
                        LocalDate start, LocalDate end, String teamId, List<Problem> problems, Texts texts) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The field of the first problem: where a form shows the message. */
        public String field() {
            return problems.get(0).field();
        }

        /** Every problem and what to do: "Nothing was {@code posted} yet: fix it and submit again ({@code reopen})". */
        public String refusal(boolean posted, String reopen) {
            return problem() + "\n" + texts.get(posted ? "challengeForm.nothingPosted" : "challengeForm.nothingChanged",
                    problems.size(), reopen);
        }

        /** Every problem, in one message. */
        public String problem() {
            if (problems.size() == 1) {
                return problems.get(0).text();
            }
            StringBuilder all = new StringBuilder(texts.get("challengeForm.fixAll", problems.size()));
            problems.forEach(p -> all.append("\n- ").append(p.text()));
            return all.toString();
        }
    }

    public static Draft read(Map<String, String> values, LocalDate today, Texts texts) {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = date(values, "start", today, problems, texts);
        if (start != null && start.isBefore(today)) {
            problems.add(new Problem("start", texts.get("challengeForm.startPast", start.toString(), today.toString())));
        }
        return check(values, start, date(values, "end", today.plusWeeks(3), problems, texts), problems, texts);
    }

    /** The edit form of {@code c}: its start, unit and channel stay; its end must not be in the past. */
    public static Draft readEdit(Map<String, String> values, Challenge c, LocalDate today, Texts texts) {
        Map<String, String> fixed = new java.util.HashMap<>(values);
        fixed.put("unit", c.unit().name());
        fixed.put("team", c.teamId());
        List<Problem> problems = new ArrayList<>();
        LocalDate end = date(values, "end", today.plusWeeks(3), problems, texts);
        if (end != null && end.isBefore(today)) {
            problems.add(new Problem("end", texts.get("challengeForm.endPast", end.toString(), today.toString(), c.id())));
            end = null;
        }
        return check(fixed, c.start(), end, problems, texts);
    }

    private static Draft check(Map<String, String> values, LocalDate start, LocalDate end, List<Problem> problems,
                               Texts texts) {
        String title = values.getOrDefault("title", "").strip();
        String description = values.getOrDefault("description", "").strip();
        String goal = values.getOrDefault("goal", "").strip();
        String teamId = values.getOrDefault("team", "").strip();
        if (title.isEmpty()) {
            problems.add(new Problem("title", texts.get("challengeForm.noTitle")));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", texts.get("challengeForm.longTitle", MAX_TITLE, title.length())));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new Problem("description", texts.get("challengeForm.longDescription", description.length(),
                    MAX_DESCRIPTION)));
        }
        if (goal.isEmpty()) {
            problems.add(new Problem("goal", texts.get("challengeForm.noGoal")));
        } else if (goal.length() > MAX_GOAL) {
            problems.add(new Problem("goal", texts.get("challengeForm.longGoal", goal.length(), MAX_GOAL)));
        }
        Integer target = null;
        try {
            target = Integer.parseInt(values.getOrDefault("target", "").strip());
            if (target < 1 || target > 365) {
                problems.add(new Problem("target", texts.get("challengeForm.targetRange")));
                target = null;
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem("target", texts.get("challengeForm.targetNumber")));
        }
        Challenge.Unit unit = null;
        try {
            unit = Challenge.Unit.valueOf(values.getOrDefault("unit", "DAYS").strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("unit", texts.get("challengeForm.unitUnknown")));
        }
        if (start != null && end != null) {
            long days = end.toEpochDay() - start.toEpochDay() + 1;
            if (end.isBefore(start)) {
                problems.add(new Problem("end", texts.get("challengeForm.endBeforeStart", end.toString(), start.toString())));
            } else if (end.isAfter(start.plusYears(1))) {
                problems.add(new Problem("end", texts.get("challengeForm.tooLong")));
            } else if (target != null && unit != null && target > days) {
                problems.add(new Problem("target", texts.get("challengeForm.targetOverDays", texts.get("plural.days", days),
                        Challenge.count(target, unit, texts))));
            }
        }
        if (teamId.isEmpty()) {
            problems.add(new Problem("team", texts.get("challengeForm.noTeam")));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(p -> FIELD_ORDER.indexOf(p.field())));
            return new Draft(null, null, null, 0, null, null, null, null, List.copyOf(problems), texts);
        }
        return new Draft(title, description, goal, target, unit, start, end, teamId, List.of(), texts);
    }

    /** The date in field {@code id}, or null with a problem added. */
    private static LocalDate date(Map<String, String> values, String id, LocalDate example, List<Problem> problems,
                                  Texts texts) {
        try {
            return LocalDate.parse(values.getOrDefault(id, "").strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(id, texts.get("challengeForm.dateFormat", example.toString())));
            return null;
        }
    }
}
