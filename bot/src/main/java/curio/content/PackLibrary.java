package curio.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PromptLibrary} assembled from validated packs, in the order given.
 * A pack whose track id is already known extends that track: its prompts are appended after the
 * existing ones (so learners' positions stay meaningful) and its name and description replace the
 * earlier ones. Prompt ids must be unique across the whole library.
 */
public final class PackLibrary implements PromptLibrary {

    private final List<Track> tracks;
    private final Map<String, Track> byId = new LinkedHashMap<>();
    private final Map<String, Prompt> prompts = new HashMap<>();

    private PackLibrary(List<Track> tracks) {
        this.tracks = List.copyOf(tracks);
        for (Track track : this.tracks) {
            byId.put(track.id(), track);
            track.prompts().forEach(prompt -> prompts.put(prompt.id(), prompt));
        }
    }

    /** Merges packs in order; fails with a {@link ContentPackException} on a duplicate prompt id. */
    public static PackLibrary of(List<ContentPack> packs) {
        Map<String, Track> merged = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (ContentPack pack : packs) {
            for (Prompt prompt : pack.track().prompts()) {
                String origin = origins.putIfAbsent(prompt.id(), pack.file() + " line " + pack.promptLines().get(prompt.id()));
                if (origin != null) {
                    throw new ContentPackException(pack.file(), pack.promptLines().get(prompt.id()), "id",
                            "'" + prompt.id() + "' is already used in " + origin + "; prompt ids are unique across all packs");
                }
            }
            merged.merge(pack.track().id(), pack.track(), PackLibrary::extend);
        }
        return new PackLibrary(new ArrayList<>(merged.values()));
    }

    private static Track extend(Track existing, Track addition) {
        List<Prompt> prompts = new ArrayList<>(existing.prompts());
        prompts.addAll(addition.prompts());
        String description = addition.description().isEmpty() ? existing.description() : addition.description();
        return new Track(existing.id(), addition.name(), description, prompts);
    }

    @Override
    public List<Track> tracks() {
        return tracks;
    }

    @Override
    public Optional<Track> track(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Prompt> prompt(String id) {
        return Optional.ofNullable(prompts.get(id));
    }
}
