package curio.content;

import java.util.List;

/** A themed series of prompts (curiosity, feedback, ai-at-work, ...), in the order they are served. */
public record Track(String id, String name, String description, List<Prompt> prompts) {
    public Track {
        prompts = List.copyOf(prompts);
    }
}
