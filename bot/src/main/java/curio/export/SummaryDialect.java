package curio.export;

import curio.chat.Markdown;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the export's summary is written: as a Markdown file (CommonMark, headings, every list whole) or as a
 * chat message in the engine's markdown (bold lines for headings, the latest {@link #CHAT_ITEMS} of each
 * list), for when the file cannot be attached. Learners' words go in through {@link #words}, so they show
 * as written and never start a heading, a list, a link or a code block.
 */
enum SummaryDialect {

    FILE {
        @Override
        String heading(int level, String text) {
            return "#".repeat(level) + " " + text;
        }

        @Override
        String bold(String text) {
            return "**" + text + "**";
        }

        /**
         * Every ASCII punctuation character backslash-escaped (CommonMark allows it for all of them), leading
         * blanks dropped so no line turns into code, and line breaks kept as hard breaks inside the list item.
         */
        @Override
        String words(String words) {
            return Arrays.stream(words.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                    .map(SummaryDialect::escapeCommonMark).collect(Collectors.joining("\\\n  "));
        }

        @Override
        int items() {
            return Integer.MAX_VALUE;
        }
    },

    CHAT {
        @Override
        String heading(int level, String text) {
            return "*" + text + "*";
        }

        @Override
        String bold(String text) {
            return "*" + text + "*";
        }

        @Override
        String words(String words) {
            return Markdown.literal(String.join(" ", words.strip().split("\\s*\\R\\s*")));
        }

        @Override
        int items() {
            return CHAT_ITEMS;
        }
    };

    /** How many entries of each list the chat message shows. */
    static final int CHAT_ITEMS = 10;
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    abstract String heading(int level, String text);

    abstract String bold(String text);

    /** Someone's words, shown exactly as written. */
    abstract String words(String words);

    /** How many entries of a list are shown. */
    abstract int items();

    private static String escapeCommonMark(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (char c : line.toCharArray()) {
            if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
