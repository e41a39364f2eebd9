package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin's own packs in {@code curio.content-dir}, next to the starter library. */
class AdminPacksTest {

    @TempDir
    Path folder;

    private static final String SAFETY = """
            track: safety
            name: Lab safety
            description: House rules for the lab.
            prompts:
              - id: safety-01
                kind: tip
                title: Goggles on
                body: Goggles go on *before* you open the cabinet.
            """;

    @Test
    void anAdminPackAddsItsTrackAfterTheStarterTracks() throws IOException {
        Files.writeString(folder.resolve("safety.yml"), SAFETY);
        Files.writeString(folder.resolve("notes.txt"), "not a pack");

        PromptLibrary library = new YamlPromptLibrary(folder.toString());

        Track safety = library.track("safety").orElseThrow();
        assertEquals("Lab safety", safety.name());
        assertEquals("safety", library.tracks().get(library.tracks().size() - 1).id());
        assertEquals("safety", library.prompt("safety-01").orElseThrow().track());
        assertTrue(library.track("curiosity").isPresent());
    }

    @Test
    void anAdminPackForAStarterTrackAppendsItsPrompts() throws IOException {
        int starterSize = YamlPromptLibrary.starter().track("focus").orElseThrow().prompts().size();
        Files.writeString(folder.resolve("our-focus.yml"), """
                track: focus
                name: Focus at ACME
                prompts:
                  - id: acme-focus-01
                    kind: try
                    title: Quiet room
                    body: Book the quiet room on floor 3 for one hour today.
                """);

        Track focus = new YamlPromptLibrary(folder.toString()).track("focus").orElseThrow();

        assertEquals(starterSize + 1, focus.prompts().size());
        assertEquals("acme-focus-01", focus.prompts().get(starterSize).id());
        assertEquals("focus-01", focus.prompts().get(0).id());
        assertEquals("Focus at ACME", focus.name());
        assertEquals("Protect your attention and finish what matters.", focus.description());
    }

    @Test
    void aBrokenAdminPackStopsStartupNamingTheFileLineAndField() throws IOException {
        Path pack = folder.resolve("focus-extra.yml");
        try (InputStream in = getClass().getResourceAsStream("/content/broken/focus-extra.yml")) {
            Files.copy(in, pack);
        }

        var error = assertThrows(ContentPackException.class, () -> new YamlPromptLibrary(folder.toString()));

        assertEquals(pack + " line 16: prompts[1].answer: must be an index into choices (0..2), got 5",
                error.getMessage());
    }

    @Test
    void anAdminPackCannotReuseAStarterPromptId() throws IOException {
        Files.writeString(folder.resolve("safety.yml"), SAFETY.replace("safety-01", "focus-01"));

        var error = assertThrows(ContentPackException.class, () -> new YamlPromptLibrary(folder.toString()));

        assertTrue(error.getMessage().startsWith(folder.resolve("safety.yml") + " line 5: id: 'focus-01' is already used in content/focus.yml line 5"),
                error.getMessage());
    }

    @Test
    void aContentDirThatIsNotAFolderIsReportedByItsSettingName() {
        var error = assertThrows(ContentPackException.class,
                () -> new YamlPromptLibrary(folder.resolve("missing").toString()));

        assertTrue(error.getMessage().contains("curio.content-dir (CURIO_CONTENT_DIR) must name a folder"), error.getMessage());
    }

    @Test
    void theApplicationServesAdminPacksFromTheConfiguredFolder() throws IOException {
        Files.writeString(folder.resolve("safety.yml"), SAFETY);

        try (ApplicationContext context = ApplicationContext.run(Map.of("curio.content-dir", folder.toString()))) {
            PromptLibrary library = context.getBean(PromptLibrary.class);
            assertEquals(List.of("safety-01"),
                    library.track("safety").orElseThrow().prompts().stream().map(Prompt::id).toList());
        }
    }
}
