package curio.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and validates one entry of a pack's {@code prompts} list, noting every problem in it. */
final class PromptFields {

    static final int MAX_TITLE = 120;
    static final int MAX_BODY = 1500;
    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 6;
    private static final List<String> FIELDS =
            List.of("id", "kind", "title", "body", "choices", "answer", "explanation");

    private PromptFields() {
    }

    /** The prompt, or empty when any of its fields has a problem (each noted in {@code fields}). */
    static Optional<Prompt> read(String track, PackFields fields) {
        fields.rejectUnknown(FIELDS);
        Optional<String> id = ContentPackLoader.id(fields, "id");
        Optional<Prompt.Kind> kind = kind(fields);
        Optional<String> title = fields.text("title", MAX_TITLE);
        Optional<String> body = fields.text("body", MAX_BODY);
        if (kind.isPresent() && kind.get() != Prompt.Kind.QUIZ) {
            for (String quizOnly : List.of("choices", "answer", "explanation")) {
                if (fields.has(quizOnly)) {
                    fields.problem(quizOnly, "only a quiz has " + quizOnly + "; this prompt is a "
                            + kind.get().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (title.isPresent() && body.isPresent()) {
            ChatLimits.prompt(fields, title.get(), body.get());
        }
        boolean isQuiz = kind.filter(k -> k == Prompt.Kind.QUIZ).isPresent();
        Optional<Quiz> quiz = isQuiz ? quiz(fields) : Optional.empty();
        if (id.isEmpty() || kind.isEmpty() || title.isEmpty() || body.isEmpty() || isQuiz && quiz.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(quiz
                .map(q -> new Prompt(id.get(), track, kind.get(), title.get(), body.get(), q.choices(), q.answer(),
                        q.explanation()))
                .orElseGet(() -> new Prompt(id.get(), track, kind.get(), title.get(), body.get(), List.of(), -1, null)));
    }

    private record Quiz(List<String> choices, int answer, String explanation) {
    }

    private static Optional<Quiz> quiz(PackFields fields) {
        Optional<List<String>> choices = fields.texts("choices", ChatLimits.MAX_CHOICE).filter(c -> distinct(fields, c));
        choices.filter(c -> c.size() < MIN_CHOICES || c.size() > MAX_CHOICES).ifPresent(c -> fields.problem("choices",
                "a quiz needs " + MIN_CHOICES + " to " + MAX_CHOICES + " choices, got " + c.size()));
        choices = choices.filter(c -> c.size() >= MIN_CHOICES && c.size() <= MAX_CHOICES);
        Optional<Integer> answer = answer(fields, choices);
        Optional<String> explanation = fields.text("explanation", MAX_BODY);
        if (choices.isEmpty() || answer.isEmpty() || explanation.isEmpty()) {
            return Optional.empty();
        }
        ChatLimits.outcome(fields, choices.get(), answer.get(), explanation.get());
        return Optional.of(new Quiz(choices.get(), answer.get(), explanation.get()));
    }

    /** Exactly one right answer: one index into the choices. */
    private static Optional<Integer> answer(PackFields fields, Optional<List<String>> choices) {
        if (fields.has("answer") && fields.node("answer").orElseThrow() instanceof SequenceNode) {
            fields.problem("answer", "a quiz has exactly one right answer: give the index of one choice, got a list");
            return Optional.empty();
        }
        Optional<Integer> answer = fields.integer("answer", "must be a whole number");
        if (answer.isPresent() && choices.isPresent() && (answer.get() < 0 || answer.get() >= choices.get().size())) {
            fields.problem("answer", "must be an index into choices (0.." + (choices.get().size() - 1)
                    + "), got " + answer.get());
            return Optional.empty();
        }
        return answer;
    }

    /** Two choices that say the same (ignoring case, spaces and punctuation) would be two right answers or a giveaway. */
    private static boolean distinct(PackFields fields, List<String> choices) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String key = choices.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                clashes.add("choices " + earlier + " and " + i);
            }
        }
        if (!clashes.isEmpty()) {
            fields.problem("choices", "two choices say the same (" + String.join(", ", clashes) + ")");
        }
        return clashes.isEmpty();
    }

    private static Optional<Prompt.Kind> kind(PackFields fields) {
        return fields.text("kind", 20).flatMap(kind -> {
            Optional<Prompt.Kind> known = Arrays.stream(Prompt.Kind.values())
                    .filter(k -> k.name().toLowerCase(Locale.ROOT).equals(kind))
                    .findFirst();
            if (known.isEmpty()) {
                fields.problem("kind", "'" + kind + "' is not a kind; use one of "
                        + Arrays.stream(Prompt.Kind.values())
                                .map(k -> k.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
            }
            return known;
        });
    }
}
