package curio.export;

import curio.learners.Learner;
import curio.learners.WorkingDays;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The export as people read it: headings, the settings in plain words, streak, goal, and every list
 * (check-ins, answers, quizzes, challenges) with its dates, in a {@link SummaryDialect}.
 */
final class ExportSummary {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final SummaryDialect dialect;
    private final List<String> lines = new ArrayList<>();

    private ExportSummary(SummaryDialect dialect) {
        this.dialect = dialect;
    }

    static String write(LearnerExport export, SummaryDialect dialect) {
        return new ExportSummary(dialect).summary(export);
    }

    private String summary(LearnerExport export) {
        Learner learner = export.learner();
        lines.add(dialect.heading(1, "Everything Curio holds about " + dialect.words(learner.name())));
        lines.add("Exported on " + AT.format(export.exportedAt()) + " (" + learner.zone().getId() + "). Dates are your "
                + "learning days in that time zone; a day runs until 03:00 the next morning.");
        section("Your settings");
        lines.add("- Status: " + status(learner));
        lines.add("- Time zone: " + learner.zone().getId());
        lines.add("- Daily prompt at " + learner.promptAt() + ", check-in question at " + learner.checkinAt());
        lines.add("- Working days: " + WorkingDays.describe(learner.workingDays()));
        lines.add("- Topics: " + (learner.topics().isEmpty() ? "none" : String.join(", ", learner.topics())));
        lines.add("- Team sharing: " + (learner.sharing()
                ? "on, so your check-ins and streak can appear in your team's feed and leaderboards"
                : "off, so your check-ins and streak stay private"));
        lines.add("- Teams: " + (export.teams().isEmpty() ? "none" : String.join(", ", export.teams().stream()
                .map(dialect::words).toList())));
        section("Goal");
        lines.add(learner.goal().isEmpty() ? "No goal set." : "For " + quarter(learner.goalQuarter()) + ": "
                + dialect.words(learner.goal()));
        section("Streak");
        lines.add("- Current streak: " + days(export.streak().current()));
        lines.add("- Longest streak: " + days(export.streak().longest()));
        lines.add("- Streak freezes held: " + export.streak().freezes());
        lines.add("- Learning days in all: " + export.learningDays().size()
                + (export.learningDays().isEmpty() ? "" : ", the last on " + DAY.format(export.learningDays().get(
                export.learningDays().size() - 1))));
        section("Learning days");
        lines.add(export.learningDays().isEmpty() ? "None yet." : String.join(", ", newestFirst(export.learningDays())));
        list("Check-ins", export.checkIns(), w -> DAY.format(w.day()) + ": " + dialect.words(w.text()));
        list("Answers to prompts", export.promptAnswers(), w -> DAY.format(w.day()) + ", " + dialect.bold(
                dialect.words(w.prompt())) + ": " + dialect.words(w.text()));
        list("Tips read and tries done", export.promptsDone(), w -> DAY.format(w.day()) + ": " + dialect.words(w.prompt()));
        list("Quiz answers", export.quizAnswers(), q -> DAY.format(q.day()) + ": " + dialect.words(q.question()) + ": "
                + (q.right() ? "right" : "wrong"));
        list("Quizzes coming back for review", export.quizReviews(), r -> dialect.words(r.question()) + ": back on "
                + DAY.format(r.due()) + " (box " + r.box() + " of 4)");
        list("Challenges", export.challenges(), c -> c.id() + " " + dialect.words(c.title()) + ": " + c.done() + " of "
                + c.target() + " " + c.unit());
        return String.join("\n", lines) + "\n";
    }

    private void section(String title) {
        lines.add("");
        lines.add(dialect.heading(2, title));
    }

    /** A section of one line per entry, the latest ones only in chat, with how many more there are. */
    private <T> void list(String title, List<T> entries, Function<T, String> line) {
        section(title + " (" + entries.size() + ")");
        if (entries.isEmpty()) {
            lines.add("None.");
            return;
        }
        entries.stream().limit(dialect.items()).map(e -> "- " + line.apply(e)).forEach(lines::add);
        if (entries.size() > dialect.items()) {
            lines.add("…and " + (entries.size() - dialect.items()) + " earlier ones.");
        }
    }

    private List<String> newestFirst(List<LocalDate> days) {
        List<String> out = new ArrayList<>();
        for (int i = days.size() - 1; i >= 0 && out.size() < dialect.items(); i--) {
            out.add(DAY.format(days.get(i)));
        }
        if (days.size() > out.size()) {
            out.add("…and " + (days.size() - out.size()) + " earlier ones");
        }
        return out;
    }

    private static String status(Learner learner) {
        return switch (learner.status()) {
            case ACTIVE -> "taking part";
            case PAUSED -> learner.pausedUntil().map(day -> "paused until " + DAY.format(day)).orElse("paused until you resume");
            case STOPPED -> "stopped: Curio sends you nothing until you say start";
        };
    }

    /** {@code 2026-Q4} as "Q4 2026". */
    static String quarter(String quarter) {
        String[] parts = quarter.split("-");
        return parts.length == 2 ? parts[1] + " " + parts[0] : quarter;
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
