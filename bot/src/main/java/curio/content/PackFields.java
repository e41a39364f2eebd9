package curio.content;

import curio.content.ContentPackException.Problem;
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
 * A YAML mapping of a pack being read, field by field. A field that cannot be read adds a
 * {@link Problem} naming the file, the node's line and the field's path to {@code problems} and
 * reads as empty, so reading goes on and the admin sees every problem of the pack at once.
 */
final class PackFields {

    private final String file;
    private final String path;
    private final Node node;
    private final List<Problem> problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    /** Known fields an unknown one was taken for: their absence is already explained. */
    private final List<String> suggested = new ArrayList<>();

    PackFields(String file, String path, Node node, List<Problem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        if (!(node instanceof MappingNode mapping)) {
            add(node, path, "must be a mapping of fields (key: value), got " + shape(node));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                add(key, path, "field names must be plain words");
                continue;
            }
            String name = scalar.getValue();
            if (keys.containsKey(name)) {
                add(key, field(name), "appears twice (first on line " + line(keys.get(name)) + ")");
                continue;
            }
            keys.put(name, key);
            values.put(name, tuple.getValueNode());
        }
    }

    /** Fields outside {@code known} are problems: usually a typo that would otherwise be silently ignored. */
    void rejectUnknown(List<String> known) {
        for (var entry : keys.entrySet()) {
            if (!known.contains(entry.getKey())) {
                Optional<String> closest = FieldNames.closest(entry.getKey(), known);
                closest.ifPresent(suggested::add);
                String hint = closest.map(name -> "did you mean '" + name + "'? ").orElse("");
                add(entry.getValue(), field(entry.getKey()),
                        "unknown field; " + hint + "known fields: " + String.join(", ", known));
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<Node> node(String name) {
        Node value = values.get(name);
        if (value == null && node instanceof MappingNode && !suggested.contains(name)) {
            add(node, field(name), "is required but missing");
        }
        return Optional.ofNullable(value);
    }

    Optional<String> text(String name, int maxLength) {
        return node(name).flatMap(value -> {
            if (value instanceof ScalarNode scalar) {
                return checkedText(scalar, field(name), maxLength);
            }
            add(value, field(name), "must be text, got " + shape(value));
            return Optional.empty();
        });
    }

    Optional<String> optionalText(String name, int maxLength) {
        return has(name) ? text(name, maxLength) : Optional.empty();
    }

    Optional<Integer> integer(String name, String problem) {
        return node(name).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.getValue().strip().matches("-?\\d{1,9}")) {
                return Optional.of(Integer.parseInt(scalar.getValue().strip()));
            }
            add(value, field(name), problem + ", got " + describe(value));
            return Optional.empty();
        });
    }

    Optional<SequenceNode> list(String name) {
        return node(name).flatMap(value -> {
            if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence);
            }
            add(value, field(name), "must be a list, got " + shape(value));
            return Optional.empty();
        });
    }

    /** The list's texts; empty when any of them is not usable. */
    Optional<List<String>> texts(String name, int maxLength) {
        Optional<SequenceNode> list = list(name);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<String> result = new ArrayList<>();
        List<Node> items = list.get().getValue();
        boolean usable = true;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field(name) + "[" + i + "]";
            if (!(items.get(i) instanceof ScalarNode scalar)) {
                add(items.get(i), itemPath, "must be text, got " + shape(items.get(i)));
                usable = false;
                continue;
            }
            Optional<String> text = checkedText(scalar, itemPath, maxLength);
            text.ifPresent(result::add);
            usable &= text.isPresent();
        }
        return usable ? Optional.of(result) : Optional.empty();
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A problem with the field {@code name} (at its value's line, or the mapping's when it is missing). */
    void problem(String name, String problem) {
        add(values.getOrDefault(name, node), field(name), problem);
    }

    /** A problem with the {@code index}th item of the list {@code name}. */
    void problem(String name, int index, String problem) {
        Node at = values.get(name) instanceof SequenceNode list && index < list.getValue().size()
                ? list.getValue().get(index) : values.getOrDefault(name, node);
        add(at, field(name) + "[" + index + "]", problem);
    }

    int line() {
        return line(node);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private void add(Node at, String field, String problem) {
        problems.add(new Problem(file, line(at), field, problem));
    }

    private Optional<String> checkedText(ScalarNode scalar, String field, int maxLength) {
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            add(scalar, field, "must not be empty");
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            add(scalar, field, "is " + text.length() + " characters long, at most " + maxLength + " fit");
            return Optional.empty();
        }
        return Optional.of(text);
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
