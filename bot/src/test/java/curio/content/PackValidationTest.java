package curio.content;

import static curio.content.ContentPackLoaderTest.TIP;
import static curio.content.ContentPackLoaderTest.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule a pack author can break, and the message the admin reads at startup. */
class PackValidationTest {

    private final ContentPackLoader loader = new ContentPackLoader();

    private String messageFor(String yaml) {
        return assertThrows(ContentPackException.class, () -> loader.load("focus.yml", yaml)).getMessage();
    }

    private static String quiz(String choicesAnswerExplanation) {
        return pack(TIP + """
                  - id: focus-02
                    kind: quiz
                    title: Time-boxing
                    body: What is a time-box?
                """ + choicesAnswerExplanation.indent(4));
    }

    @Test
    void aPackWithoutTrackIdIsRejectedAtItsFirstLine() {
        assertEquals("focus.yml line 1: track: is required but missing",
                messageFor("name: Focus\nprompts:\n" + TIP));
    }

    @Test
    void aPromptWithoutTitleNamesThePromptsLine() {
        assertEquals("focus.yml line 5: prompts[0].title: is required but missing", messageFor(pack("""
                  - id: focus-01
                    kind: tip
                    body: text
                """)));
    }

    @Test
    void anEmptyBodyIsRejected() {
        assertEquals("focus.yml line 8: prompts[0].body: must not be empty", messageFor(pack("""
                  - id: focus-01
                    kind: tip
                    title: Title
                    body: ""
                """)));
    }

    @Test
    void anUnknownKindListsTheKnownOnes() {
        assertEquals("focus.yml line 6: prompts[0].kind: 'poll' is not a kind; use one of tip, reflect, quiz, try",
                messageFor(pack(TIP.replace("kind: tip", "kind: poll"))));
    }

    @Test
    void aTypoInAFieldNameIsRejectedWithASuggestion() {
        assertEquals("focus.yml line 7: prompts[0].titel: unknown field; did you mean 'title'? "
                        + "known fields: id, kind, title, body, choices, answer, explanation",
                messageFor(pack(TIP.replace("title:", "titel:"))));
    }

    @Test
    void aTypoInATrackFieldIsRejected() {
        assertEquals("focus.yml line 3: descripton: unknown field; did you mean 'description'? "
                        + "known fields: track, name, description, prompts",
                messageFor(pack(TIP).replace("description:", "descripton:")));
    }

    @Test
    void aFieldGivenTwiceIsRejected() {
        assertEquals("focus.yml line 8: prompts[0].title: appears twice (first on line 7)",
                messageFor(pack(TIP.replace("    body:", "    title: Again\n    body:"))));
    }

    @Test
    void aTrackWithoutPromptsIsRejected() {
        assertEquals("focus.yml line 5: prompts: a track needs at least one prompt", messageFor(pack("  []\n")));
    }

    @Test
    void anIdWithCapitalsOrSpacesIsRejected() {
        assertEquals("focus.yml line 5: prompts[0].id: 'Focus 01' must use only a-z, 0-9 and single dashes, e.g. focus-07",
                messageFor(pack(TIP.replace("focus-01", "Focus 01"))));
    }

    @Test
    void anIdUsedTwiceInAPackNamesTheFirstUse() {
        assertEquals("focus.yml line 9: prompts[1].id: 'focus-01' is already used on line 5",
                messageFor(pack(TIP + TIP)));
    }

    @Test
    void aTitleOver120CharactersIsRejected() {
        assertEquals("focus.yml line 7: prompts[0].title: is 121 characters long, at most 120 fit",
                messageFor(pack(TIP.replace("One tab", "x".repeat(121)))));
    }

    @Test
    void aBodyOver1500CharactersIsRejected() {
        assertEquals("focus.yml line 8: prompts[0].body: is 1501 characters long, at most 1500 fit",
                messageFor(pack(TIP.replace("Close what you are not using.", "y".repeat(1501)))));
    }

    @Test
    void aQuizWithOneChoiceIsRejected() {
        assertEquals("focus.yml line 13: prompts[1].choices: a quiz needs 2 to 6 choices, got 1",
                messageFor(quiz("choices: [Only]\nanswer: 0\nexplanation: Why.")));
    }

    @Test
    void aQuizWithSevenChoicesIsRejected() {
        assertEquals("focus.yml line 13: prompts[1].choices: a quiz needs 2 to 6 choices, got 7",
                messageFor(quiz("choices: [a, b, c, d, e, f, g]\nanswer: 0\nexplanation: Why.")));
    }

    @Test
    void aQuizAnswerThatIsNotANumberIsRejected() {
        assertEquals("focus.yml line 14: prompts[1].answer: must be a whole number, got 'b'",
                messageFor(quiz("choices: [a, b]\nanswer: b\nexplanation: Why.")));
    }

    @Test
    void aQuizWithoutAnswerIsRejected() {
        assertEquals("focus.yml line 9: prompts[1].answer: is required but missing",
                messageFor(quiz("choices: [a, b]\nexplanation: Why.")));
    }

    @Test
    void aQuizWithoutExplanationIsRejected() {
        assertEquals("focus.yml line 9: prompts[1].explanation: is required but missing",
                messageFor(quiz("choices: [a, b]\nanswer: 1")));
    }

    @Test
    void aTipWithChoicesIsRejected() {
        assertEquals("focus.yml line 9: prompts[0].choices: only a quiz has choices; this prompt is a tip",
                messageFor(pack(TIP + "    choices: [a, b]\n")));
    }

    @Test
    void aPromptIdUsedInTwoPacksNamesBothFiles() {
        ContentPack first = loader.load("content/focus.yml", pack(TIP));
        ContentPack second = loader.load("/srv/packs/extra.yml", pack("\n" + TIP));

        var error = assertThrows(ContentPackException.class, () -> PackLibrary.of(List.of(first, second)));

        assertEquals("/srv/packs/extra.yml line 6: id: 'focus-01' is already used in content/focus.yml line 5; "
                + "prompt ids are unique across all packs", error.getMessage());
    }

    @Test
    void everyProblemInAPackIsListedInLineOrder() {
        var error = assertThrows(ContentPackException.class, () -> loader.load("focus.yml", pack("""
                  - id: focus-01
                    kind: tip
                    title: ""
                    body: text
                  - id: focus-02
                    kind: poll
                    title: Two
                    body: text
                """)));

        assertEquals(List.of("focus.yml line 7: prompts[0].title: must not be empty",
                        "focus.yml line 10: prompts[1].kind: 'poll' is not a kind; use one of tip, reflect, quiz, try"),
                error.problems().stream().map(Object::toString).toList());
        assertEquals(error.problems().get(0).toString() + "\n" + error.problems().get(1), error.getMessage());
    }

    @Test
    void aChoiceTooLongForAButtonWithItsLetterIsRejected() {
        assertEquals("focus.yml line 13: prompts[1].choices[0]: is 73 characters long, at most 72 fit",
                messageFor(quiz("choices: [" + "x".repeat(73) + ", b]\nanswer: 1\nexplanation: Why.")));
    }

    @Test
    void aQuizHasExactlyOneRightAnswer() {
        assertEquals("focus.yml line 14: prompts[1].answer: a quiz has exactly one right answer: "
                        + "give the index of one choice, got a list",
                messageFor(quiz("choices: [a, b]\nanswer: [0, 1]\nexplanation: Why.")));
    }

    @Test
    void twoChoicesThatSayTheSameAreRejected() {
        assertEquals("focus.yml line 13: prompts[1].choices: two choices say the same (choices 0 and 2)",
                messageFor(quiz("choices: [Drop it, Keep it, \"drop it!\"]\nanswer: 1\nexplanation: Why.")));
    }

    @Test
    void aBodyThatDoesNotFitOneSlackSectionOnceEscapedIsRejected() {
        assertEquals("focus.yml line 8: prompts[0].body: shows as 4211 characters in chat with its title, "
                        + "at most 3000 fit in one message section",
                messageFor(pack(TIP.replace("Close what you are not using.", "a" + " &".repeat(700)))));
    }

    @Test
    void quizzesWhoseRightAnswerIsMostlyTheLongestChoiceAreRejected() {
        String quizzes = TIP + quizNamed("focus-02", 0) + quizNamed("focus-03", 1) + quizNamed("focus-04", 2);
        assertEquals("focus.yml line 9: prompts[1]: the right answer is the longest choice in 2 of this pack's 3 "
                        + "quizzes (prompts[1], prompts[2]), so learners can guess it by its length; "
                        + "make a wrong choice at least as long in 1 of them",
                messageFor(pack(quizzes)));
    }

    @Test
    void halfTheQuizzesMayHaveTheLongestRightAnswer() {
        String quizzes = quizNamed("focus-01", 0) + quizNamed("focus-02", 1) + quizNamed("focus-03", 2)
                + quizNamed("focus-04", 2);
        assertEquals(4, loader.load("focus.yml", pack(quizzes)).track().prompts().size());
    }

    /** A quiz whose right answer is the long choice when {@code longAnswer} is below 2. */
    private static String quizNamed(String id, int longAnswer) {
        return """
                  - id: %s
                    kind: quiz
                    title: Time-boxing
                    body: What is a time-box?
                    choices: [A fixed slot of time for one task, A list]
                    answer: %d
                    explanation: A time-box caps the effort up front.
                """.formatted(id, longAnswer < 2 ? 0 : 1);
    }
}
