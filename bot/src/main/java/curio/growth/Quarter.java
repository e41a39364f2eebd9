package curio.growth;

import java.time.LocalDate;

/** A calendar quarter and its last week, when growth talks happen. */
record Quarter(LocalDate first, LocalDate last) {

    /** Days in a quarter's last week: its last seven (25–31 March and December, 24–30 June and September). */
    static final int LAST_WEEK_DAYS = 7;

    static Quarter of(LocalDate day) {
        LocalDate first = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new Quarter(first, first.plusMonths(3).minusDays(1));
    }

    /** As goals name it: {@code 2026-Q1}. */
    String label() {
        return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }

    boolean holds(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** Whether {@code day} is in the last week of its quarter. */
    static boolean lastWeek(LocalDate day) {
        return day.isAfter(of(day).last().minusDays(LAST_WEEK_DAYS));
    }
}
