package curio.content;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML content pack (format: {@code content/README.md}) into a validated
 * {@link ContentPack}. Uses SnakeYAML's node API so every problem is reported with the file,
 * the line and the field, as a {@link ContentPackException}.
 */
public final class ContentPackLoader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> FIELDS = List.of("track", "name", "description", "prompts");

    /** Parses and validates one pack; {@code file} is how messages name it. */
    public ContentPack load(String file, String yaml) {
        return load(file, new StringReader(yaml));
    }

    public ContentPack load(String file, Reader yaml) {
        Node root = compose(file, yaml);
        PackFields pack = new PackFields(file, "", root);
        pack.rejectUnknown(FIELDS);
        String trackId = id(pack, "track");
        String name = pack.text("name", 80);
        String description = pack.optionalText("description", 300).orElse("");
        List<Node> items = pack.list("prompts").getValue();
        if (items.isEmpty()) {
            throw pack.error("prompts", "a track needs at least one prompt");
        }
        List<Prompt> prompts = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            PackFields fields = new PackFields(file, "prompts[" + i + "]", items.get(i));
            Prompt prompt = PromptFields.read(trackId, fields);
            Integer earlier = lines.putIfAbsent(prompt.id(), fields.line());
            if (earlier != null) {
                throw fields.error("id", "'" + prompt.id() + "' is already used on line " + earlier);
            }
            prompts.add(prompt);
        }
        return new ContentPack(file, new Track(trackId, name, description, prompts), lines);
    }

    static String id(PackFields fields, String name) {
        String id = fields.text(name, 60);
        if (!ID.matcher(id).matches()) {
            throw fields.error(name, "'" + id + "' must use only a-z, 0-9 and single dashes, e.g. focus-07");
        }
        return id;
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
