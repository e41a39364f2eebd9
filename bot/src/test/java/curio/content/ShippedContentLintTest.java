package curio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.content.ContentPackException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The content linter over everything Curio ships: each built-in pack passes the checks an admin's
 * pack meets when Curio loads it (ids, chat lengths, one right answer and an explanation per quiz,
 * right answers that are not mostly the longest choice), plus rules for the starter library's own
 * writing. A failure lists every problem at once.
 */
class ShippedContentLintTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]*)\\)");

    private final List<ContentPack> packs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    ShippedContentLintTest() throws IOException {
        ContentPackLoader loader = new ContentPackLoader();
        for (String name : index()) {
            String file = "content/" + name;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                packs.add(loader.load(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (ContentPackException e) {
                problems.addAll(e.problems());
            }
        }
    }

    private List<String> index() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PackSources.INDEX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    private List<Prompt> prompts() {
        return packs.stream().flatMap(pack -> pack.track().prompts().stream()).toList();
    }

    @Test
    void everyShippedPackPassesTheChecksAnAdminPackMeetsAtLoad() {
        assertEquals("", String.join("\n", problems.stream().map(Problem::toString).toList()));
        PackLibrary.of(packs);
    }

    @Test
    void everyQuizHasExactlyOneRightAnswerAndAnExplanation() {
        for (Prompt quiz : prompts().stream().filter(p -> p.kind() == Prompt.Kind.QUIZ).toList()) {
            long right = quiz.choices().stream().filter(c -> c.equals(quiz.choices().get(quiz.answer()))).count();
            assertEquals(1, right, quiz.id());
            assertTrue(quiz.explanation() != null && quiz.explanation().length() > 40, quiz.id());
        }
    }

    @Test
    void noTrackMostlyHasTheRightAnswerAsItsLongestChoice() {
        for (ContentPack pack : packs) {
            List<Prompt> quizzes = pack.track().prompts().stream().filter(p -> p.kind() == Prompt.Kind.QUIZ).toList();
            long longest = quizzes.stream().filter(AnswerLengths::rightIsLongest).count();
            assertTrue(longest * 2 <= quizzes.size(), pack.track().id() + ": " + longest + " of " + quizzes.size());
        }
    }

    @Test
    void everyChoiceFitsOnAChatButtonWithItsLetter() {
        prompts().forEach(prompt -> prompt.choices().forEach(choice -> assertTrue(
                QuizOrder.label(5, choice).length() <= ChatLimits.BUTTON, prompt.id() + ": " + choice)));
    }

    @Test
    void noTwoPromptsShareATitle() {
        Map<String, String> titles = new HashMap<>();
        for (Prompt prompt : prompts()) {
            String earlier = titles.putIfAbsent(prompt.title().toLowerCase(Locale.ROOT), prompt.id());
            assertEquals(null, earlier, prompt.id() + " has the title of " + earlier);
        }
    }

    @Test
    void sourcesAreLinkedOverHttps() {
        for (Prompt prompt : prompts()) {
            Matcher links = LINK.matcher(prompt.body() + "\n" + (prompt.explanation() == null ? "" : prompt.explanation()));
            while (links.find()) {
                assertTrue(links.group(1).matches("https://[^\\s]+"), prompt.id() + ": " + links.group(1));
            }
        }
    }
}
