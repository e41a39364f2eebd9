package curio.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping of a pack being read, field by field. Every problem becomes a
 * {@link ContentPackException} naming the file, the node's line and the field's path.
 */
final class PackFields {

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    PackFields(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, path, "must be a mapping of fields (key: value), got " + shape(node));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                throw error(key, path, "field names must be plain words");
            }
            String name = scalar.getValue();
            if (keys.containsKey(name)) {
                throw error(key, field(name), "appears twice (first on line " + line(keys.get(name)) + ")");
            }
            keys.put(name, key);
            values.put(name, tuple.getValueNode());
        }
    }

    /** Rejects fields outside {@code known}: usually a typo that would otherwise be silently ignored. */
    void rejectUnknown(List<String> known) {
        for (var entry : keys.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String hint = FieldNames.closest(entry.getKey(), known)
                        .map(name -> "did you mean '" + name + "'? ")
                        .orElse("");
                throw error(entry.getValue(), field(entry.getKey()),
                        "unknown field; " + hint + "known fields: " + String.join(", ", known));
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Node node(String name) {
        Node value = values.get(name);
        if (value == null) {
            throw error(node, field(name), "is required but missing");
        }
        return value;
    }

    String text(String name, int maxLength) {
        Node value = node(name);
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, field(name), "must be text, got " + shape(value));
        }
        return checkedText(scalar, field(name), maxLength);
    }

    Optional<String> optionalText(String name, int maxLength) {
        return has(name) ? Optional.of(text(name, maxLength)) : Optional.empty();
    }

    int integer(String name) {
        Node value = node(name);
        if (value instanceof ScalarNode scalar && scalar.getValue().strip().matches("-?\\d{1,9}")) {
            return Integer.parseInt(scalar.getValue().strip());
        }
        throw error(value, field(name), "must be a whole number, got " + describe(value));
    }

    SequenceNode list(String name) {
        Node value = node(name);
        if (value instanceof SequenceNode sequence) {
            return sequence;
        }
        throw error(value, field(name), "must be a list, got " + shape(value));
    }

    List<String> texts(String name, int maxLength) {
        List<String> result = new ArrayList<>();
        List<Node> items = list(name).getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field(name) + "[" + i + "]";
            if (!(items.get(i) instanceof ScalarNode scalar)) {
                throw error(items.get(i), itemPath, "must be text, got " + shape(items.get(i)));
            }
            result.add(checkedText(scalar, itemPath, maxLength));
        }
        return result;
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    ContentPackException error(Node at, String field, String problem) {
        return new ContentPackException(file, line(at), field, problem);
    }

    ContentPackException error(String name, String problem) {
        return error(node(name), field(name), problem);
    }

    int line() {
        return line(node);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private String checkedText(ScalarNode scalar, String field, int maxLength) {
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            throw error(scalar, field, "must not be empty");
        }
        if (text.length() > maxLength) {
            throw error(scalar, field, "is " + text.length() + " characters long, at most " + maxLength + " fit");
        }
        return text;
    }

    private static String describe(Node node) {
        return node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : shape(node);
    }

    static String shape(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return node instanceof SequenceNode ? "a list" : "text";
    }
}
