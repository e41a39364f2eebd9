package curio.chat;

import java.util.List;

/**
 * A small form: a Slack modal, a Teams task module, a web form. On submit the adapter raises
 * {@link BotEvent.FormSubmitted} with {@code callbackId}, {@code context} and the values by field id.
 */
public record Form(String callbackId, String title, String submitLabel, String context, List<Field> fields) {

    public Form {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("a form needs at least one field");
        }
        fields = List.copyOf(fields);
    }

    public record Field(String id, String label, Kind kind, boolean required, String initialValue,
                        List<Block.Option> options) {
        public Field {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public static Field text(String id, String label, boolean multiline, boolean required) {
            return new Field(id, label, multiline ? Kind.MULTILINE : Kind.TEXT, required, null, List.of());
        }
    }

    public enum Kind {
        TEXT, MULTILINE, DATE, SELECT
    }
}
