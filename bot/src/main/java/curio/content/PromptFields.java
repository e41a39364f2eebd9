package curio.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads and validates one entry of a pack's {@code prompts} list. */
final class PromptFields {

    static final int MAX_TITLE = 120;
    static final int MAX_BODY = 1500;
    static final int MAX_CHOICE = 200;
    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 6;
    private static final List<String> FIELDS =
            List.of("id", "kind", "title", "body", "choices", "answer", "explanation");

    private PromptFields() {
    }

    static Prompt read(String track, PackFields fields) {
        fields.rejectUnknown(FIELDS);
        String id = ContentPackLoader.id(fields, "id");
        Prompt.Kind kind = kind(fields);
        String title = fields.text("title", MAX_TITLE);
        String body = fields.text("body", MAX_BODY);
        if (kind != Prompt.Kind.QUIZ) {
            for (String quizOnly : List.of("choices", "answer", "explanation")) {
                if (fields.has(quizOnly)) {
                    throw fields.error(quizOnly, "only a quiz has " + quizOnly + "; this prompt is a "
                            + kind.name().toLowerCase(Locale.ROOT));
                }
            }
            return new Prompt(id, track, kind, title, body, List.of(), -1, null);
        }
        List<String> choices = fields.texts("choices", MAX_CHOICE);
        if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
            throw fields.error("choices", "a quiz needs " + MIN_CHOICES + " to " + MAX_CHOICES
                    + " choices, got " + choices.size());
        }
        if (choices.stream().distinct().count() < choices.size()) {
            throw fields.error("choices", "two choices have the same text");
        }
        int answer = fields.integer("answer");
        if (answer < 0 || answer >= choices.size()) {
            throw fields.error("answer", "must be an index into choices (0.." + (choices.size() - 1)
                    + "), got " + answer);
        }
        String explanation = fields.text("explanation", MAX_BODY);
        return new Prompt(id, track, kind, title, body, choices, answer, explanation);
    }

    private static Prompt.Kind kind(PackFields fields) {
        String kind = fields.text("kind", 20);
        return Arrays.stream(Prompt.Kind.values())
                .filter(k -> k.name().toLowerCase(Locale.ROOT).equals(kind))
                .findFirst()
                .orElseThrow(() -> fields.error("kind", "'" + kind + "' is not a kind; use one of "
                        + Arrays.stream(Prompt.Kind.values())
                                .map(k -> k.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
