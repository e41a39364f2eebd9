package curio.content;

import curio.chat.Markdown;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What fits in a chat message, and the checks that hold every pack to it: the built-in ones in the
 * build, an admin's when Curio loads it. Slack is the tighter platform: 3,000 characters in a
 * section or context text, 75 on a button; Teams cards take as much or more.
 */
final class ChatLimits {

    static final int SECTION = 3000;
    static final int BUTTON = 75;
    /** A choice shares its button with its letter ({@link QuizOrder#label}). */
    static final int MAX_CHOICE = BUTTON - QuizOrder.LETTER_WIDTH;
    /** The words of a quiz's outcome around its choices and explanation, and the streak line after it. */
    static final int OUTCOME_ROOM = 300;

    private ChatLimits() {
    }

    /** The prompt's text block: its bold title and body, as Slack and Teams show them. */
    static void prompt(PackFields fields, String title, String body) {
        int shown = shown("*" + title + "*\n" + body);
        if (shown > SECTION) {
            fields.problem("body", "shows as " + shown + " characters in chat with its title, at most " + SECTION
                    + " fit in one message section");
        }
    }

    /** A wrong answer's outcome names the choice picked and the right one, then the explanation. */
    static void outcome(PackFields fields, List<String> choices, int answer, String explanation) {
        int longestWrong = IntStream.range(0, choices.size()).filter(i -> i != answer)
                .map(i -> shown(choices.get(i))).max().orElse(0);
        int shown = shown(explanation) + shown(choices.get(answer)) + longestWrong + OUTCOME_ROOM;
        if (shown > SECTION) {
            fields.problem("explanation", "the answer's outcome (picked choice, right choice, explanation) shows as "
                    + "about " + shown + " characters in chat, at most " + SECTION + " fit in one message section");
        }
    }

    /** Length after the platform's escaping, the longer of Slack's and Teams'. */
    private static int shown(String markdown) {
        return Math.max(Markdown.toSlack(markdown).length(), Markdown.toCommonMark(markdown).length());
    }
}
