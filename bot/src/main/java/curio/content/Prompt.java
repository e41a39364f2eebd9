package curio.content;

import java.util.List;

/**
 * One micro-learning prompt of a track. {@code id} is unique in the library and stable across
 * releases (learners' progress refers to it).
 *
 * @param kind        tip (read + "got it"), reflect (free-text answer), quiz (choices), try (an action for today)
 * @param title       a short headline
 * @param body        markdown text shown to the learner
 * @param choices     quiz only: the options, in order
 * @param answer      quiz only: index into {@code choices} of the right one; -1 for other kinds
 * @param explanation quiz only: why the answer is right; null for other kinds
 * @see ContentPackLoader for the YAML format prompts are written in
 */
public record Prompt(String id, String track, Kind kind, String title, String body, List<String> choices,
                     int answer, String explanation) {

    public Prompt {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public enum Kind { TIP, REFLECT, QUIZ, TRY }
}
