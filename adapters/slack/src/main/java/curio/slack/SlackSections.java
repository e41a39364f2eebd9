package curio.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts mrkdwn into pieces Slack accepts in one section ({@value #MAX_CHARS} characters): at line
 * boundaries, a single overlong line hard. A code fence open at a cut is closed there and opened
 * again in the next piece, so a long {@code export} still reads as one code block per section.
 */
final class SlackSections {

    static final int MAX_CHARS = 3000;
    private static final String FENCE = "```";

    private SlackSections() {
    }

    static List<String> split(String mrkdwn) {
        return split(mrkdwn, MAX_CHARS);
    }

    static List<String> split(String text, int max) {
        if (text.length() <= max) {
            return List.of(text);
        }
        int room = max - 2 * (FENCE.length() + 1);
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean inFence = false;
        for (String line : lines(text, room)) {
            if (piece.length() > 0 && piece.length() + 1 + line.length() > room) {
                pieces.add(inFence ? piece.append('\n').append(FENCE).toString() : piece.toString());
                piece.setLength(0);
                if (inFence) {
                    piece.append(FENCE);
                }
            }
            if (piece.length() > 0) {
                piece.append('\n');
            }
            piece.append(line);
            if (line.trim().startsWith(FENCE)) {
                inFence = !inFence;
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The lines of {@code text}, any longer than {@code max} cut into {@code max}-sized parts. */
    private static List<String> lines(String text, int max) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            for (int from = 0; from < line.length() || from == 0; from += max) {
                lines.add(line.substring(from, Math.min(line.length(), from + max)));
            }
        }
        return lines;
    }
}
