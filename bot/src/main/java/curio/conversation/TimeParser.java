package curio.conversation;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time of day as people type it: 9, 9:15, 09.15, 0915?, 4pm, 4:30 pm, 16:30, noon. */
final class TimeParser {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    private TimeParser() {
    }

    static Optional<LocalTime> parse(String text) {
        String input = text.trim().toLowerCase();
        if (input.equals("noon")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher m = TIME.matcher(input);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
