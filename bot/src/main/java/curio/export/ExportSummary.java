package curio.export;

import curio.learners.Learner;
import curio.words.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The export as people read it: headings, the settings in plain words, streak, goal, and every list
 * (check-ins, answers, quizzes, challenges) with its dates, in a {@link SummaryDialect}.
 */
final class ExportSummary {

    private final SummaryDialect dialect;
    private final Texts texts;
    private final List<String> lines = new ArrayList<>();

    private ExportSummary(SummaryDialect dialect, Texts texts) {
        this.dialect = dialect;
        this.texts = texts;
    }

    /** The summary in the learner's language. */
    static String write(LearnerExport export, SummaryDialect dialect) {
        return new ExportSummary(dialect, Texts.in(export.learner().language())).summary(export);
    }

    private String summary(LearnerExport export) {
        Learner learner = export.learner();
        DateTimeFormatter at = DateTimeFormatter.ofPattern(texts.get("export.atPattern"), texts.language());
        lines.add(dialect.heading(1, texts.get("export.title", dialect.words(learner.name()))));
        lines.add(texts.get("export.exported", at.format(export.exportedAt()), learner.zone().getId()));
        section(texts.get("export.settings"));
        lines.add(texts.get("export.status", status(learner)));
        lines.add(texts.get("export.zone", learner.zone().getId()));
        lines.add(texts.get("export.times", learner.promptAt().toString(), learner.checkinAt().toString()));
        lines.add(texts.get("export.days", texts.days(learner.workingDays())));
        lines.add(texts.get("export.topics", learner.topics().isEmpty() ? texts.get("export.none")
                : String.join(", ", learner.topics())));
        lines.add(texts.get(learner.sharing() ? "export.sharingOn" : "export.sharingOff"));
        lines.add(texts.get("export.teams", export.teams().isEmpty() ? texts.get("export.none")
                : String.join(", ", export.teams().stream().map(dialect::words).toList())));
        section(texts.get("export.goal"));
        lines.add(learner.goal().isEmpty() ? texts.get("export.noGoal")
                : texts.get("export.goalFor", quarter(learner.goalQuarter()), dialect.words(learner.goal())));
        section(texts.get("export.streak"));
        lines.add(texts.get("export.current", texts.get("plural.days", export.streak().current())));
        lines.add(texts.get("export.longest", texts.get("plural.days", export.streak().longest())));
        lines.add(texts.get("export.freezes", export.streak().freezes()));
        lines.add(texts.get("export.learningDaysInAll", export.learningDays().size())
                + (export.learningDays().isEmpty() ? "" : texts.get("export.lastOn", texts.date(export.learningDays().get(
                export.learningDays().size() - 1)))));
        section(texts.get("export.learningDays"));
        lines.add(export.learningDays().isEmpty() ? texts.get("export.noneYet")
                : String.join(", ", newestFirst(export.learningDays())));
        list(texts.get("export.checkIns"), export.checkIns(), w -> texts.date(w.day()) + ": " + dialect.words(w.text()));
        list(texts.get("export.answers"), export.promptAnswers(), w -> texts.date(w.day()) + ", " + dialect.bold(
                dialect.words(w.prompt())) + ": " + dialect.words(w.text()));
        list(texts.get("export.done"), export.promptsDone(), w -> texts.date(w.day()) + ": " + dialect.words(w.prompt()));
        list(texts.get("export.quizAnswers"), export.quizAnswers(), q -> texts.date(q.day()) + ": "
                + dialect.words(q.question()) + ": " + texts.get(q.right() ? "export.right" : "export.wrong"));
        list(texts.get("export.reviews"), export.quizReviews(), r -> texts.get("export.review", dialect.words(r.question()),
                texts.date(r.due()), r.box()));
        list(texts.get("export.challenges"), export.challenges(), c -> texts.get("export.challenge", c.id(),
                dialect.words(c.title()), c.done(), c.target(), unit(c)));
        return String.join("\n", lines) + "\n";
    }

    /** The unit in the learner's language; the export's {@code unit} field stays English, as the JSON holds it. */
    private String unit(LearnerExport.ChallengeProgress c) {
        return texts.get("challengeUnit." + (c.unit().equals("check-ins") ? "CHECKINS" : "DAYS"), c.target());
    }

    private void section(String title) {
        lines.add("");
        lines.add(dialect.heading(2, title));
    }

    /** A section of one line per entry, the latest ones only in chat, with how many more there are. */
    private <T> void list(String title, List<T> entries, Function<T, String> line) {
        section(title + " (" + entries.size() + ")");
        if (entries.isEmpty()) {
            lines.add(texts.get("export.noEntries"));
            return;
        }
        entries.stream().limit(dialect.items()).map(e -> "- " + line.apply(e)).forEach(lines::add);
        if (entries.size() > dialect.items()) {
            lines.add(texts.get("export.earlier", entries.size() - dialect.items()) + ".");
        }
    }

    private List<String> newestFirst(List<LocalDate> days) {
        List<String> out = new ArrayList<>();
        for (int i = days.size() - 1; i >= 0 && out.size() < dialect.items(); i--) {
            out.add(texts.date(days.get(i)));
        }
        if (days.size() > out.size()) {
            out.add(texts.get("export.earlier", days.size() - out.size()));
        }
        return out;
    }

    private String status(Learner learner) {
        return switch (learner.status()) {
            case ACTIVE -> texts.get("export.active");
            case PAUSED -> learner.pausedUntil().map(day -> texts.get("export.pausedUntil", texts.date(day)))
                    .orElse(texts.get("export.paused"));
            case STOPPED -> texts.get("export.stopped");
        };
    }

    /** {@code 2026-Q4} as "Q4 2026". */
    static String quarter(String quarter) {
        String[] parts = quarter.split("-");
        return parts.length == 2 ? parts[1] + " " + parts[0] : quarter;
    }
}
