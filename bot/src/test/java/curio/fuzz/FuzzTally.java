package curio.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answers of the fuzz run: counts by platform and status, the requests that got a 5xx (or no
 * answer), those answered wrongly (a broken signature or token let in, a recorded payload refused),
 * the refused ones (whose ids must not be in Redis), and one outcome line per request.
 */
final class FuzzTally {

    final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
    final List<String> serverErrors = new CopyOnWriteArrayList<>();
    final List<String> wrongAnswers = new CopyOnWriteArrayList<>();
    final Set<Integer> refused = ConcurrentHashMap.newKeySet();
    final List<String> outcomes = new CopyOnWriteArrayList<>();

    /** {@code status} -1: no answer at all (connection closed, timeout). */
    void record(FuzzRequest request, int status) {
        outcomes.add(status + " #" + request.index() + " " + request.seed() + " " + request.kind() + " " + request.mutations());
        String platform = request.path().startsWith("/slack") ? "slack" : "teams";
        statuses.computeIfAbsent(platform, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status >= 500 || status < 100) {
            serverErrors.add(status + " for " + request.describe());
        } else if (status >= 400) {
            refused.add(request.index());
        }
        if (request.kind() == FuzzRequest.Kind.BAD_AUTH && status < 300) {
            wrongAnswers.add(status + " for a broken signature or token: " + request.describe());
        } else if (request.kind() == FuzzRequest.Kind.CLEAN && status >= 300) {
            wrongAnswers.add(status + " for an unmutated recorded payload: " + request.describe());
        }
    }

    /** Per platform, the number of answers by status. */
    Map<String, Map<Integer, Integer>> counts() {
        Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
        statuses.forEach((platform, byStatus) -> {
            Map<Integer, Integer> sorted = new TreeMap<>();
            byStatus.forEach((status, n) -> sorted.put(status, n.get()));
            counts.put(platform, sorted);
        });
        return counts;
    }

    /** The first few, each cut to a readable length, for an assertion message. */
    static List<String> first(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items.subList(0, Math.min(10, items.size()))) {
            out.add(item.length() > 1500 ? item.substring(0, 1500) + "…" : item);
        }
        return out;
    }
}
