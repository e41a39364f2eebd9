package curio.content;

import java.util.Map;

/**
 * One parsed and validated YAML pack: the track it declares and where each prompt came from,
 * so problems found across packs (a duplicate id) can still name the file and line.
 *
 * @param file        the pack's name for messages, e.g. {@code content/focus.yml}
 * @param track       the track with its prompts, in file order
 * @param promptLines prompt id to the 1-based line where that prompt starts
 */
public record ContentPack(String file, Track track, Map<String, Integer> promptLines) {
    public ContentPack {
        promptLines = Map.copyOf(promptLines);
    }
}
