package curio.content;

/**
 * A content pack that cannot be served. The message is written for the admin who wrote the pack:
 * {@code content/focus.yml line 42: prompts[3].answer: must be an index into choices (0..2), got 5}.
 */
public class ContentPackException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public ContentPackException(String file, int line, String field, String problem) {
        super(file + " line " + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** The pack's name as the admin knows it, e.g. {@code content/focus.yml}. */
    public String file() {
        return file;
    }

    /** 1-based line of the offending node. */
    public int line() {
        return line;
    }

    /** Path of the offending field, e.g. {@code prompts[3].answer}; empty for the whole file. */
    public String field() {
        return field;
    }
}
