package curio.content;

import curio.content.ContentPackException.Problem;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML content pack (format: {@code content/README.md}) into a validated
 * {@link ContentPack}. Uses SnakeYAML's node API so every problem is reported with the file,
 * the line and the field; all of a pack's problems come together in one {@link ContentPackException}.
 */
public final class ContentPackLoader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> FIELDS = List.of("track", "name", "description", "prompts");

    /** Parses and validates one pack; {@code file} is how messages name it. */
    public ContentPack load(String file, String yaml) {
        return load(file, new StringReader(yaml));
    }

    /**
     * Parses and validates one pack; fails with a {@link ContentPackException} listing every problem
     * found in it (a YAML syntax error stops the reading, so it comes alone).
     */
    public ContentPack load(String file, Reader yaml) {
        Node root = compose(file, yaml);
        List<Problem> problems = new ArrayList<>();
        PackFields pack = new PackFields(file, "", root, problems);
        pack.rejectUnknown(FIELDS);
        Optional<String> trackId = id(pack, "track");
        Optional<String> name = pack.text("name", 80);
        String description = pack.optionalText("description", 300).orElse("");
        Optional<SequenceNode> list = pack.list("prompts");
        List<Node> items = list.map(SequenceNode::getValue).orElse(List.of());
        if (list.isPresent() && items.isEmpty()) {
            pack.problem("prompts", "a track needs at least one prompt");
        }
        List<Prompt> prompts = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            PackFields fields = new PackFields(file, "prompts[" + i + "]", items.get(i), problems);
            Optional<Prompt> prompt = PromptFields.read(trackId.orElse(""), fields);
            if (prompt.isEmpty()) {
                continue;
            }
            Integer earlier = lines.putIfAbsent(prompt.get().id(), fields.line());
            if (earlier != null) {
                fields.problem("id", "'" + prompt.get().id() + "' is already used on line " + earlier);
                continue;
            }
            prompts.add(prompt.get());
        }
        AnswerLengths.check(file, prompts, lines, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new ContentPackException(problems);
        }
        return new ContentPack(file, new Track(trackId.orElseThrow(), name.orElseThrow(), description, prompts), lines);
    }

    static Optional<String> id(PackFields fields, String name) {
        return fields.text(name, 60).filter(id -> {
            if (!ID.matcher(id).matches()) {
                fields.problem(name, "'" + id + "' must use only a-z, 0-9 and single dashes, e.g. focus-07");
                return false;
            }
            return true;
        });
    }

    private static Node compose(String file, Reader yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1_000_000);
        Node root;
        try {
            root = new Yaml(options).compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new ContentPackException(file, line, "", "not valid YAML: " + problem.strip());
        } catch (YAMLException e) {
            throw new ContentPackException(file, 1, "", "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ContentPackException(file, 1, "", "the file is empty; a pack starts with 'track:'");
        }
        return root;
    }
}
