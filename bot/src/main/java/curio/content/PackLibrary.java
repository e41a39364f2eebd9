package curio.content;

import curio.content.ContentPackException.Problem;
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

    /** Merges packs in order; fails with a {@link ContentPackException} naming every duplicate prompt id. */
    public static PackLibrary of(List<ContentPack> packs) {
        List<Problem> problems = new ArrayList<>();
        PackLibrary library = of(List.of(), packs, problems);
        if (!problems.isEmpty()) {
            throw new ContentPackException(problems);
        }
        return library;
    }

    /**
     * Merges {@code required} packs (the built-in ones, checked by the build), then each of
     * {@code optional} (an admin's) that reuses no prompt id of a pack before it; a pack that does is
     * left out and its clashes are added to {@code skipped}.
     */
    public static PackLibrary of(List<ContentPack> required, List<ContentPack> optional, List<Problem> skipped) {
        Map<String, Track> merged = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (ContentPack pack : required) {
            skipped.addAll(clashes(pack, origins));
            merged.merge(pack.track().id(), pack.track(), PackLibrary::extend);
        }
        for (ContentPack pack : optional) {
            List<Problem> clashes = clashes(pack, origins);
            if (clashes.isEmpty()) {
                merged.merge(pack.track().id(), pack.track(), PackLibrary::extend);
            } else {
                skipped.addAll(clashes);
                pack.track().prompts().forEach(prompt -> origins.remove(prompt.id(), origin(pack, prompt)));
            }
        }
        return new PackLibrary(new ArrayList<>(merged.values()));
    }

    /** The pack's prompt ids already used before it; the others are recorded as used. */
    private static List<Problem> clashes(ContentPack pack, Map<String, String> origins) {
        List<Problem> clashes = new ArrayList<>();
        for (Prompt prompt : pack.track().prompts()) {
            String origin = origins.putIfAbsent(prompt.id(), origin(pack, prompt));
            if (origin != null) {
                clashes.add(new Problem(pack.file(), pack.promptLines().get(prompt.id()), "id",
                        "'" + prompt.id() + "' is already used in " + origin + "; prompt ids are unique across all packs"));
            }
        }
        return clashes;
    }

    private static String origin(ContentPack pack, Prompt prompt) {
        return pack.file() + " line " + pack.promptLines().get(prompt.id());
    }

    /** How many prompts the library serves. */
    public int size() {
        return prompts.size();
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
