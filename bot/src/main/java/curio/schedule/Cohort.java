package curio.schedule;

import curio.delivery.Delivery;
import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Learners who hear the same kind of message at the same local time on the same days.
 * Its {@link #id()} reads like {@code Asia/Tokyo|09:30|MON-FRI|PROMPT} and is the name of its
 * Redis member set and of its Quartz trigger.
 */
public record Cohort(ZoneId zone, LocalTime time, Set<DayOfWeek> days, Delivery.Kind kind) {

    public Cohort {
        time = time.withSecond(0).withNano(0);
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a cohort needs at least one day");
        }
    }

    public String id() {
        return zone.getId() + "|" + time + "|" + dayRanges() + "|" + kind;
    }

    public static Cohort parse(String id) {
        String[] parts = id.split("\\|");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a cohort id: " + id);
        }
        return new Cohort(ZoneId.of(parts[0]), LocalTime.parse(parts[1]), parseDays(parts[2]),
                Delivery.Kind.valueOf(parts[3]));
    }

    /** The Quartz cron expression, e.g. {@code 0 30 9 ? * MON-FRI}; its time zone is {@link #zone()}. */
    public String cron() {
        return "0 " + time.getMinute() + " " + time.getHour() + " ? * " + dayRanges();
    }

    public CronExpression cronExpression() {
        try {
            CronExpression cron = new CronExpression(cron());
            cron.setTimeZone(TimeZone.getTimeZone(zone));
            return cron;
        } catch (ParseException e) {
            throw new IllegalStateException("bad cron for cohort " + id() + ": " + e.getMessage(), e);
        }
    }

    /** The latest scheduled fire at or before {@code instant}, looking back at most eight days. */
    public Optional<Instant> latestFireAtOrBefore(Instant instant) {
        CronExpression cron = cronExpression();
        Date at = Date.from(instant);
        Date next = cron.getTimeAfter(Date.from(instant.minusSeconds(8 * 86_400L)));
        Date latest = null;
        for (int i = 0; i < 16 && next != null && !next.after(at); i++) {
            latest = next;
            next = cron.getTimeAfter(next);
        }
        return Optional.ofNullable(latest).map(Date::toInstant);
    }

    /** Consecutive days as ranges in Monday-first order: {@code MON-FRI}, {@code MON,WED-THU}. */
    private String dayRanges() {
        List<String> ranges = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        for (int i = 0; i < week.length; i++) {
            if (!days.contains(week[i])) {
                continue;
            }
            int end = i;
            while (end + 1 < week.length && days.contains(week[end + 1])) {
                end++;
            }
            ranges.add(end == i ? abbr(week[i]) : abbr(week[i]) + "-" + abbr(week[end]));
            i = end;
        }
        return String.join(",", ranges);
    }

    private static Set<DayOfWeek> parseDays(String text) {
        Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        for (String range : text.split(",")) {
            String[] ends = range.split("-");
            DayOfWeek from = day(ends[0]);
            DayOfWeek to = ends.length > 1 ? day(ends[1]) : from;
            for (int d = from.ordinal(); d <= to.ordinal(); d++) {
                result.add(DayOfWeek.values()[d]);
            }
        }
        return result;
    }

    private static String abbr(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
    }

    private static DayOfWeek day(String abbr) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (abbr(day).equals(abbr)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day: " + abbr);
    }
}
