package curio.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.learners.Learner;
import curio.learners.WorkingDays;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export as JSON with readable keys (the README lists them); dates ISO 8601, learning days in the learner's zone.
 * Keys and values such as {@code unit} stay English whatever the learner's language: they are a data format for
 * programs, not prose; {@link ExportSummary} is the translated reading of the same export.
 */
final class ExportJson {

    private ExportJson() {
    }

    static byte[] write(LearnerExport export, ObjectMapper json) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document(export));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export is plain maps and strings", e);
        }
    }

    static Map<String, Object> document(LearnerExport export) {
        Learner learner = export.learner();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(export.exportedAt()));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", learner.name());
        person.put("platform", learner.user().tenant().platform().name().toLowerCase());
        person.put("workspace", learner.user().tenant().id());
        person.put("userId", learner.user().userId());
        out.put("person", person);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("status", learner.status().name().toLowerCase());
        settings.put("pausedUntil", learner.pausedUntil().map(LocalDate::toString).orElse(null));
        settings.put("timeZone", learner.zone().getId());
        settings.put("promptTime", learner.promptAt().toString());
        settings.put("checkInTime", learner.checkinAt().toString());
        settings.put("workingDays", WorkingDays.describe(learner.workingDays()));
        settings.put("topics", learner.topics());
        settings.put("shareWithTeam", learner.sharing());
        settings.put("language", learner.language().getLanguage());
        out.put("settings", settings);
        out.put("teams", export.teams());
        out.put("quarterGoal", learner.goal().isEmpty() ? null
                : ordered("quarter", learner.goalQuarter(), "text", learner.goal()));
        Map<String, Object> streak = new LinkedHashMap<>();
        streak.put("currentDays", export.streak().current());
        streak.put("longestDays", export.streak().longest());
        streak.put("freezesHeld", export.streak().freezes());
        streak.put("learningDaysInAll", export.learningDays().size());
        out.put("streak", streak);
        out.put("learningDays", export.learningDays().stream().map(LocalDate::toString).toList());
        out.put("checkIns", written(export.checkIns(), false));
        out.put("promptAnswers", written(export.promptAnswers(), true));
        out.put("promptsDone", export.promptsDone().stream().map(w -> ordered("date", w.day().toString(), "prompt", w.prompt()))
                .toList());
        out.put("quizAnswers", export.quizAnswers().stream().map(q -> ordered("date", q.day().toString(),
                "question", q.question(), "answeredRight", q.right())).toList());
        out.put("quizReviews", export.quizReviews().stream().map(r -> ordered("question", r.question(),
                "comesBackOn", r.due().toString(), "leitnerBox", r.box())).toList());
        out.put("challenges", export.challenges().stream().map(c -> ordered("id", c.id(), "title", c.title(),
                "progress", c.done(), "target", c.target(), "counts", c.unit())).toList());
        return out;
    }

    /** A JSON object whose keys keep the order given: {@code key, value, key, value, …}. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static List<Map<String, String>> written(List<LearnerExport.Written> entries, boolean withPrompt) {
        return entries.stream().map(w -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("date", w.day().toString());
            if (withPrompt) {
                entry.put("prompt", w.prompt());
            }
            entry.put("text", w.text());
            return entry;
        }).toList();
    }
}
