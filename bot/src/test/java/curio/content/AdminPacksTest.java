package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** An admin's own packs in {@code curio.content-dir}, next to the starter library. */
class AdminPacksTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

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

        PromptLibrary library = new YamlPromptLibrary(folder.toString(), CLOCK);

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

        Track focus = new YamlPromptLibrary(folder.toString(), CLOCK).track("focus").orElseThrow();

        assertEquals(starterSize + 1, focus.prompts().size());
        assertEquals("acme-focus-01", focus.prompts().get(starterSize).id());
        assertEquals("focus-01", focus.prompts().get(0).id());
        assertEquals("Focus at ACME", focus.name());
        assertEquals("Protect your attention and finish what matters.", focus.description());
    }

    @Test
    void aBrokenAdminPackIsSkippedWithAWarningAndTheOtherPacksAreServed() throws IOException {
        Path pack = folder.resolve("focus-extra.yml");
        try (InputStream in = getClass().getResourceAsStream("/content/broken/focus-extra.yml")) {
            Files.copy(in, pack);
        }
        Files.writeString(folder.resolve("safety.yml"), SAFETY);

        Loaded loaded = load();

        YamlPromptLibrary library = loaded.library();
        assertTrue(library.prompt("safety-01").isPresent(), "the good pack is served");
        assertTrue(library.prompt("focus-extra-01").isEmpty(), "nothing of the broken pack is served");
        assertEquals(1, library.report().skipped());
        assertEquals(List.of(pack + " line 16: prompts[1].answer: must be an index into choices (0..2), got 5"),
                library.report().problems().stream().map(Object::toString).toList());
        assertTrue(loaded.warnings().stream().anyMatch(w -> w.contains(pack + " line 16: prompts[1].answer")),
                "logged as a warning: " + loaded.warnings());
    }

    @Test
    void everyProblemOfEveryAdminPackIsReportedAtStartInOneList() throws IOException {
        Files.writeString(folder.resolve("a.yml"), """
                track: alpha
                name: Alpha
                prompts:
                  - id: alpha-01
                    kind: poll
                    title: One
                    body: Text.
                  - id: Alpha 02
                    kind: tip
                    titel: Two
                    body: ""
                """);
        Files.writeString(folder.resolve("b.yml"), """
                track: beta
                prompts:
                  - id: beta-01
                    kind: quiz
                    title: Pick
                    body: Which?
                    choices: [Yes, "yes!"]
                    answer: [0, 1]
                """);

        Loaded loaded = load();

        YamlPromptLibrary library = loaded.library();
        String a = folder.resolve("a.yml").toString();
        String b = folder.resolve("b.yml").toString();
        List<String> expected = List.of(
                a + " line 5: prompts[0].kind: 'poll' is not a kind; use one of tip, reflect, quiz, try",
                a + " line 8: prompts[1].id: 'Alpha 02' must use only a-z, 0-9 and single dashes, e.g. focus-07",
                a + " line 10: prompts[1].titel: unknown field; did you mean 'title'? "
                        + "known fields: id, kind, title, body, choices, answer, explanation",
                a + " line 11: prompts[1].body: must not be empty",
                b + " line 1: name: is required but missing",
                b + " line 3: prompts[0].explanation: is required but missing",
                b + " line 7: prompts[0].choices: two choices say the same (choices 0 and 1)",
                b + " line 8: prompts[0].answer: a quiz has exactly one right answer: give the index of one choice, "
                        + "got a list");
        assertEquals(expected, library.report().problems().stream().map(Object::toString).toList());
        assertEquals(2, library.report().skipped());
        List<String> warnings = loaded.warnings();
        assertEquals(1, warnings.size(), "one warning lists them all: " + warnings);
        expected.forEach(line -> assertTrue(warnings.get(0).contains(line), line));
    }

    @Test
    void anAdminPackThatReusesAStarterPromptIdIsSkipped() throws IOException {
        Files.writeString(folder.resolve("safety.yml"), SAFETY.replace("safety-01", "focus-01"));

        YamlPromptLibrary library = new YamlPromptLibrary(folder.toString(), CLOCK);

        assertTrue(library.track("safety").isEmpty());
        assertEquals("focus", library.prompt("focus-01").orElseThrow().track());
        assertEquals(List.of(folder.resolve("safety.yml") + " line 5: id: 'focus-01' is already used in "
                        + "content/focus.yml line 5; prompt ids are unique across all packs"),
                library.report().problems().stream().map(Object::toString).toList());
    }

    @Test
    void aReloadServesPacksAddedChangedAndRemovedSinceTheStart() throws IOException {
        Files.writeString(folder.resolve("safety.yml"), SAFETY);
        YamlPromptLibrary library = new YamlPromptLibrary(folder.toString(), CLOCK);
        int starter = YamlPromptLibrary.starter().report().prompts();
        assertEquals(starter + 1, library.report().prompts());

        Files.delete(folder.resolve("safety.yml"));
        Files.writeString(folder.resolve("kitchen.yml"), SAFETY.replace("safety", "kitchen"));
        Files.writeString(folder.resolve("broken.yml"), SAFETY.replace("kind: tip", "kind: poll"));
        ContentReport report = library.reload();

        assertTrue(library.track("safety").isEmpty(), "a removed pack is gone");
        assertTrue(library.prompt("kitchen-01").isPresent(), "a new pack is served");
        assertEquals(starter + 1, report.prompts());
        assertEquals(YamlPromptLibrary.starter().report().packs() + 1, report.packs());
        assertEquals(1, report.skipped());
        assertEquals(List.of(folder.resolve("broken.yml") + " line 6: prompts[0].kind: 'poll' is not a kind; "
                + "use one of tip, reflect, quiz, try"), report.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aReloadWhenTheFolderIsGoneKeepsTheLibraryLoadedBefore() throws IOException {
        Path packs = Files.createDirectory(folder.resolve("packs"));
        Files.writeString(packs.resolve("safety.yml"), SAFETY);
        YamlPromptLibrary library = new YamlPromptLibrary(packs.toString(), CLOCK);
        Files.delete(packs.resolve("safety.yml"));
        Files.delete(packs);

        ContentReport report = library.reload();

        assertTrue(report.kept());
        assertTrue(library.prompt("safety-01").isPresent());
        assertTrue(report.problems().get(0).problem().contains("must name a folder"), report.problems().toString());
    }

    @Test
    void aContentDirThatIsNotAFolderStopsTheStartNamingItsSetting() {
        var error = assertThrows(ContentPackException.class,
                () -> new YamlPromptLibrary(folder.resolve("missing").toString(), CLOCK));

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

    /** A library loaded from the folder, and the warnings it logged meanwhile. */
    private record Loaded(YamlPromptLibrary library, List<String> warnings) {
    }

    private Loaded load() {
        Logger logger = (Logger) LoggerFactory.getLogger(YamlPromptLibrary.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            YamlPromptLibrary library = new YamlPromptLibrary(folder.toString(), CLOCK);
            return new Loaded(library, logs.list.stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList());
        } finally {
            logger.detachAppender(logs);
        }
    }
}
