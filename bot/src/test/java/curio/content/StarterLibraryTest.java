package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in packs every new Curio install serves. */
class StarterLibraryTest {

    private final PromptLibrary library = YamlPromptLibrary.starter();

    private List<Prompt> allPrompts() {
        return library.tracks().stream().flatMap(track -> track.prompts().stream()).toList();
    }

    @Test
    void aNewInstallOffersAYearOfWorkingDaysInTenTracksOrMore() {
        List<String> ids = library.tracks().stream().map(Track::id).toList();

        assertTrue(ids.containsAll(List.of("curiosity", "feedback", "ai-at-work", "communication", "focus",
                "management-basics", "writing", "data-literacy", "meetings", "new-role", "psychological-safety",
                "presentations")), ids.toString());
        assertTrue(ids.size() >= 10);
        assertTrue(allPrompts().size() >= 260, "only " + allPrompts().size() + " prompts: less than a year of working days");
    }

    @Test
    void everyTrackMixesTipsReflectionsQuizzesAndThingsToTry() {
        for (Track track : library.tracks()) {
            Set<Prompt.Kind> kinds = EnumSet.noneOf(Prompt.Kind.class);
            track.prompts().forEach(prompt -> kinds.add(prompt.kind()));
            assertEquals(EnumSet.allOf(Prompt.Kind.class), kinds, track.id());
            assertTrue(track.prompts().size() >= 10, track.id());
            assertEquals(Prompt.Kind.TIP, track.prompts().get(0).kind(), track.id() + " starts easy, with a tip");
            assertTrue(!track.name().isBlank() && !track.description().isBlank(), track.id());
        }
    }

    @Test
    void everyPromptHasItsOwnIdNamedAfterItsTrack() {
        Set<String> seen = new HashSet<>();
        for (Prompt prompt : allPrompts()) {
            assertTrue(seen.add(prompt.id()), "duplicate " + prompt.id());
            assertTrue(prompt.id().startsWith(prompt.track() + "-"), prompt.id());
            assertEquals(prompt, library.prompt(prompt.id()).orElseThrow());
        }
    }

    @Test
    void everyQuizHasAValidAnswerAndAnExplanation() {
        allPrompts().stream().filter(prompt -> prompt.kind() == Prompt.Kind.QUIZ).forEach(quiz -> {
            assertTrue(quiz.choices().size() >= 2 && quiz.choices().size() <= 6, quiz.id());
            assertTrue(quiz.answer() >= 0 && quiz.answer() < quiz.choices().size(), quiz.id());
            assertTrue(quiz.explanation() != null && quiz.explanation().length() > 40, quiz.id());
        });
    }

    @Test
    void thePositionOfTheRightAnswerVaries() {
        Set<Integer> answers = new HashSet<>();
        allPrompts().stream().filter(p -> p.kind() == Prompt.Kind.QUIZ).forEach(p -> answers.add(p.answer()));
        assertTrue(answers.containsAll(Set.of(0, 1, 2)), answers.toString());
    }

    @Test
    void promptsReadLikeAChatMessageNotAnArticle() {
        allPrompts().forEach(prompt -> assertTrue(prompt.body().length() <= 500,
                prompt.id() + " is " + prompt.body().length() + " characters"));
    }

    @Test
    void everyBuiltInPackIsListedInTheIndex() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(getClass().getClassLoader().getResource(PackSources.INDEX).toURI()).getParent();
        List<String> index = Files.readAllLines(folder.resolve("index.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yml")).sorted().toList(),
                    index);
        }
    }
}
