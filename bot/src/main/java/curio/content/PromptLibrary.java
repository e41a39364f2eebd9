package curio.content;

import java.util.List;
import java.util.Optional;

/**
 * Every track Curio can serve: the built-in starter library plus the admin's packs.
 * Prompts keep their order inside a track; new prompts are appended, so a learner's position
 * in a track stays meaningful across releases.
 */
public interface PromptLibrary {

    List<Track> tracks();

    Optional<Track> track(String id);

    Optional<Prompt> prompt(String id);
}
