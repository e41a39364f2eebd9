package curio.journeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fan-out benchmark measured, from the time each learner's prompt reached the fake platform:
 * lag after the due minute (percentiles), messages a second, and the most messages one workspace
 * received in any one-second window.
 */
record FanOutFigures(int learners, int delivered, int twice, long first, long p50, long p90, long p99, long max,
                     double perSecond, int busiestWorkspaceSecond, String perFiveSeconds) {

    /** One accepted prompt: whose workspace, and when (epoch milliseconds). */
    record Accepted(String learner, String workspace, long at) {
    }

    static FanOutFigures of(int learners, long dueMillis, Collection<Accepted> prompts) {
        Map<String, Long> first = new HashMap<>();
        Map<String, List<Long>> byWorkspace = new HashMap<>();
        int twice = 0;
        for (Accepted p : prompts) {
            if (first.putIfAbsent(p.learner(), p.at()) != null) {
                twice++;
            }
            byWorkspace.computeIfAbsent(p.workspace(), w -> new ArrayList<>()).add(p.at());
        }
        long[] lags = first.values().stream().mapToLong(at -> at - dueMillis).sorted().toArray();
        double span = lags.length < 2 ? 1 : Math.max(1, lags[lags.length - 1] - lags[0]) / 1000.0;
        return new FanOutFigures(learners, first.size(), twice, lags.length == 0 ? -1 : lags[0], percentile(lags, 50, learners),
                percentile(lags, 90, learners), percentile(lags, 99, learners), lags.length == 0 ? -1 : lags[lags.length - 1],
                first.size() / span, byWorkspace.values().stream().mapToInt(FanOutFigures::busiestSecond).max().orElse(0),
                timeline(lags));
    }

    /** Lag percentile in milliseconds over all learners: one never prompted is later than any (-1: not reached). */
    private static long percentile(long[] sortedLags, int percent, int population) {
        int rank = (int) Math.ceil(percent / 100.0 * population) - 1;
        return rank < sortedLags.length && rank >= 0 ? sortedLags[rank] : -1;
    }

    /** Prompts per five seconds after the due minute, for the first five minutes: where the time went. */
    private static String timeline(long[] sortedLags) {
        int[] buckets = new int[60];
        for (long lag : sortedLags) {
            if (lag >= 0 && lag < 300_000) {
                buckets[(int) (lag / 5_000)]++;
            }
        }
        int last = buckets.length;
        while (last > 1 && buckets[last - 1] == 0) {
            last--;
        }
        return java.util.Arrays.toString(java.util.Arrays.copyOf(buckets, last));
    }

    /** The most times in any window of one second (sliding, not aligned to clock seconds). */
    private static int busiestSecond(List<Long> times) {
        long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
        int best = 0;
        for (int from = 0, to = 0; to < t.length; to++) {
            while (t[to] - t[from] >= 1000) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }

    String line() {
        return String.format("%,d of %,d learners prompted (%d twice); lag after the due minute: first %s, p50 %s, p90 %s, "
                        + "p99 %s, max %s; %.0f messages/s; busiest workspace: %d messages in one second; prompts per 5 s: %s",
                delivered, learners, twice, seconds(first), seconds(p50), seconds(p90), seconds(p99), seconds(max), perSecond,
                busiestWorkspaceSecond, perFiveSeconds);
    }

    private static String seconds(long millis) {
        return millis < 0 ? "not reached" : String.format("%.1f s", millis / 1000.0);
    }
}
