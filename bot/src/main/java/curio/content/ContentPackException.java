package curio.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Content packs that cannot be served, with every problem found in them, one line each and
 * written for the admin who wrote the pack:
 * {@code content/focus.yml line 42: prompts[3].answer: must be an index into choices (0..2), got 5}.
 */
public class ContentPackException extends RuntimeException {

    private final List<Problem> problems;

    public ContentPackException(String file, int line, String field, String problem) {
        this(List.of(new Problem(file, line, field, problem)));
    }

    /** {@code problems} must not be empty; the message lists them one a line. */
    public ContentPackException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a content pack exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found (file order within a pack). */
    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's pack, e.g. {@code content/focus.yml}. */
    public String file() {
        return problems.get(0).file();
    }

    /** The first problem's 1-based line. */
    public int line() {
        return problems.get(0).line();
    }

    /** The first problem's field, e.g. {@code prompts[3].answer}; empty for the whole file. */
    public String field() {
        return problems.get(0).field();
    }

    /**
     * One thing wrong in a pack.
     *
     * @param file  the pack's name as the admin knows it, e.g. {@code content/focus.yml}
     * @param line  1-based line of the offending node
     * @param field path of the offending field, e.g. {@code prompts[3].answer}; empty for the whole file
     */
    public record Problem(String file, int line, String field, String problem) {
        @Override
        public String toString() {
            return file + " line " + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem;
        }
    }
}
