package curio.journeys;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ticks of Curio's {@code @Scheduled} sweeps as replicas logged them ({@code SweepLeases} at DEBUG,
 * {@code LOGGER_LEVELS_CURIO_STORE=DEBUG}): every replica logs every tick of every sweep, as run there or
 * left to the replica that claimed it. Log times are the one machine's clock, so runs on different
 * replicas can be set side by side.
 */
final class SweepTicks {

    /** The sweeps' periods, as their {@code @Scheduled} and {@code SweepLeases.runOnce} say. */
    static final Map<String, Duration> PERIODS = Map.of("challenge-boards", Duration.ofSeconds(15),
            "weekly-digests", Duration.ofSeconds(60), "team-rosters", Duration.ofHours(1), "answer-retention", Duration.ofHours(6));
    private static final Pattern LINE = Pattern.compile(
            "^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) DEBUG .*? - Sweep (\\S+): (this replica runs the tick|tick left to .*)$");

    private record Tick(String sweep, String replica, long millis, boolean ran) {
    }

    private final List<Tick> ticks;

    private SweepTicks(List<Tick> ticks) {
        this.ticks = ticks;
    }

    /** The ticks in the logs of the replicas, by replica name. */
    static SweepTicks read(Map<String, String> logs) {
        List<Tick> ticks = new ArrayList<>();
        logs.forEach((replica, log) -> {
            long day = 0;
            long last = -1;
            for (String line : log.split("\n")) {
                Matcher tick = LINE.matcher(line);
                if (tick.matches()) {
                    long millis = LocalTime.parse(tick.group(1)).toNanoOfDay() / 1_000_000;
                    day += millis < last - Duration.ofHours(12).toMillis() ? Duration.ofDays(1).toMillis() : 0; // past midnight
                    last = millis;
                    ticks.add(new Tick(tick.group(2), replica, day + millis, tick.group(3).startsWith("this")));
                }
            }
        });
        return new SweepTicks(ticks);
    }

    /** How long a claimed tick keeps the others out: the period less a tenth, at most a minute less. */
    static Duration lease(String sweep) {
        Duration period = PERIODS.getOrDefault(sweep, Duration.ofSeconds(15));
        Duration margin = period.dividedBy(10);
        return period.minus(margin.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : margin);
    }

    TreeSet<String> sweeps() {
        return ticks.stream().map(Tick::sweep).collect(Collectors.toCollection(TreeSet::new));
    }

    long left(String sweep) {
        return ticks.stream().filter(t -> t.sweep().equals(sweep) && !t.ran()).count();
    }

    /** The shortest time between two runs of the sweep, on whichever replicas; empty below two runs. */
    Optional<Duration> closestRuns(String sweep) {
        return gaps(sweep).stream().min(Long::compare).map(Duration::ofMillis);
    }

    /** The longest time between two runs of the sweep, on whichever replicas; empty below two runs. */
    Optional<Duration> longestWithoutRun(String sweep) {
        return gaps(sweep).stream().max(Long::compare).map(Duration::ofMillis);
    }

    private List<Long> gaps(String sweep) {
        List<Long> runs = runs(sweep).stream().map(Tick::millis).toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            gaps.add(runs.get(i) - runs.get(i - 1));
        }
        return gaps;
    }

    private List<Tick> runs(String sweep) {
        return ticks.stream().filter(t -> t.sweep().equals(sweep) && t.ran()).sorted(Comparator.comparingLong(Tick::millis)).toList();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (String sweep : sweeps()) {
            List<Tick> runs = runs(sweep);
            Map<String, Long> byReplica = new TreeMap<>(runs.stream().collect(Collectors.groupingBy(Tick::replica, Collectors.counting())));
            long replicas = ticks.stream().filter(t -> t.sweep().equals(sweep)).map(Tick::replica).distinct().count();
            parts.add(String.format("%s: %d ticks on %d replicas, %d run %s, %d left to another%s", sweep, runs.size() + left(sweep),
                    replicas, runs.size(), byReplica, left(sweep), closestRuns(sweep).map(d -> String.format(
                            ", runs %.1f to %.1f s apart (lease %.1f s)", d.toMillis() / 1000.0,
                            longestWithoutRun(sweep).orElseThrow().toMillis() / 1000.0, lease(sweep).toMillis() / 1000.0)).orElse("")));
        }
        return parts.isEmpty() ? "no sweep ticks logged" : String.join("; ", parts);
    }
}
