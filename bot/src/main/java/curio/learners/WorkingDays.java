package curio.learners;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** Working days as the 7-bit mask the streak script reads: Monday is bit 0, Sunday bit 6. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    public static Set<DayOfWeek> of(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    /** "Mon–Fri", "Mon, Tue, Thu", "every day". */
    public static String describe(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        EnumSet<DayOfWeek> sorted = EnumSet.copyOf(days);
        DayOfWeek first = sorted.iterator().next();
        boolean contiguous = true;
        int expected = first.getValue();
        for (DayOfWeek day : sorted) {
            contiguous &= day.getValue() == expected++;
        }
        if (contiguous && sorted.size() > 2) {
            DayOfWeek last = DayOfWeek.of(expected - 1);
            return shortName(first) + "–" + shortName(last);
        }
        StringBuilder out = new StringBuilder();
        for (DayOfWeek day : sorted) {
            out.append(out.isEmpty() ? "" : ", ").append(shortName(day));
        }
        return out.toString();
    }

    public static String shortName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase();
    }
}
