package curio.conversation;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads working days: "mon-fri", "mon,tue,thu", "sun-thu", "weekdays", "every day". */
final class DaysParser {

    private static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private DaysParser() {
    }

    static Optional<Set<DayOfWeek>> parse(String text) {
        String input = text.trim().toLowerCase().replaceAll("\\s*([,\\-–])\\s*", "$1").replaceAll("\\s+(and\\s+)?", ",");
        switch (input) {
            case "weekdays", "workdays" -> {
                return Optional.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            }
            case "every,day", "everyday", "daily", "all" -> {
                return Optional.of(EnumSet.allOf(DayOfWeek.class));
            }
            default -> { }
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : input.split(",")) {
            String[] range = part.split("[-–]");
            if (range.length == 1) {
                Optional<DayOfWeek> day = day(range[0]);
                if (day.isEmpty()) {
                    return Optional.empty();
                }
                days.add(day.get());
            } else if (range.length == 2) {
                Optional<DayOfWeek> from = day(range[0]);
                Optional<DayOfWeek> to = day(range[1]);
                if (from.isEmpty() || to.isEmpty()) {
                    return Optional.empty();
                }
                for (DayOfWeek d = from.get(); ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to.get()) {
                        break;
                    }
                }
            } else {
                return Optional.empty();
            }
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(days);
    }

    private static Optional<DayOfWeek> day(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        DayOfWeek day = NAMES.get(word.substring(0, 3));
        boolean matchesFullName = day != null && day.name().toLowerCase().startsWith(word.replaceAll("s$", ""));
        return matchesFullName ? Optional.of(day) : Optional.empty();
    }
}
