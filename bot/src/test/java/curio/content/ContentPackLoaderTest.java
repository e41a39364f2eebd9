package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentPackLoaderTest {

    private final ContentPackLoader loader = new ContentPackLoader();

    static String pack(String prompts) {
        return """
                track: focus
                name: Focus
                description: Protect your attention.
                prompts:
                """ + prompts;
    }

    static final String TIP = """
              - id: focus-01
                kind: tip
                title: One tab
                body: Close what you are not using.
            """;

    @Test
    void aWellFormedPackBecomesATrackInFileOrder() {
        ContentPack pack = loader.load("focus.yml", pack(TIP + """
                  - id: focus-02
                    kind: quiz
                    title: Time-boxing
                    body: What is a time-box?
                    choices: [A fixed slot for one task, A to-do list]
                    answer: 0
                    explanation: A time-box caps the effort up front.
                """));

        Track track = pack.track();
        assertEquals("focus", track.id());
        assertEquals("Focus", track.name());
        assertEquals(List.of("focus-01", "focus-02"), track.prompts().stream().map(Prompt::id).toList());
        Prompt quiz = track.prompts().get(1);
        assertEquals(Prompt.Kind.QUIZ, quiz.kind());
        assertEquals(List.of("A fixed slot for one task", "A to-do list"), quiz.choices());
        assertEquals(0, quiz.answer());
        assertEquals("focus", quiz.track());
        assertEquals(9, pack.promptLines().get("focus-02"));
    }

    @Test
    void aMultiLineBodyKeepsItsMarkdown() {
        Prompt tip = loader.load("focus.yml", pack("""
                  - id: focus-01
                    kind: tip
                    title: Bullets
                    body: |
                      Try *this*:
                      - one `thing`
                      - [two](https://example.org)
                """)).track().prompts().get(0);

        assertEquals("Try *this*:\n- one `thing`\n- [two](https://example.org)", tip.body());
    }

    @Test
    void aBrokenPackNamesTheFileLineAndField() {
        var error = assertThrows(ContentPackException.class, () -> loader.load("content/focus.yml", pack(TIP + """
                  - id: focus-02
                    kind: quiz
                    title: Time-boxing
                    body: What is a time-box?
                    choices: [A fixed slot, A list, A wish]
                    answer: 5
                    explanation: A time-box caps the effort up front.
                """)));

        assertEquals("content/focus.yml line 14: prompts[1].answer: must be an index into choices (0..2), got 5",
                error.getMessage());
        assertEquals("content/focus.yml", error.file());
        assertEquals(14, error.line());
        assertEquals("prompts[1].answer", error.field());
    }

    @Test
    void badYamlSyntaxIsReportedWithItsLine() {
        var error = assertThrows(ContentPackException.class, () -> loader.load("focus.yml", pack("""
                  - id: focus-01
                    kind: tip
                    title: "unclosed
                    body: text
                """)));

        assertTrue(error.getMessage().startsWith("focus.yml line "), error.getMessage());
        assertTrue(error.getMessage().contains("not valid YAML"), error.getMessage());
        assertTrue(error.line() >= 7, error.getMessage());
    }

    @Test
    void badIndentationIsReportedWithItsLine() {
        var error = assertThrows(ContentPackException.class, () -> loader.load("focus.yml", """
                track: focus
                name: Focus
                prompts:
                  - id: focus-01
                    kind: tip
                   title: misaligned
                """));

        assertEquals(6, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("not valid YAML"), error.getMessage());
    }

    @Test
    void theExampleInTheReadmeIsAValidPack() throws java.io.IOException {
        String readme;
        try (var in = getClass().getResourceAsStream("/content/README.md")) {
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        Track track = loader.load("README.md", example).track();

        assertEquals(List.of(Prompt.Kind.TIP, Prompt.Kind.QUIZ), track.prompts().stream().map(Prompt::kind).toList());
    }

    @Test
    void anEmptyFileSaysWhatAPackStartsWith() {
        var error = assertThrows(ContentPackException.class, () -> loader.load("empty.yml", "# nothing yet\n"));

        assertEquals("empty.yml line 1: the file is empty; a pack starts with 'track:'", error.getMessage());
    }
}
