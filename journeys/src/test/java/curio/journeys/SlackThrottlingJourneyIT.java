package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A fan-out to a workspace that Slack throttles: {@value #DEFAULT_LEARNERS} learners (system property
 * {@code curio.journeys.throttle-learners}) are due the same minute, and chat.postMessage answers 429
 * with {@code Retry-After: 1} on a fifth of the calls and 500 on one in twenty, half of those after
 * posting the message. Every learner gets the prompt exactly once (a 500 is looked up in the DM's
 * history before it is sent again), and no call reaches the workspace while a 429 holds it back.
 */
class SlackThrottlingJourneyIT {

    static final int DEFAULT_LEARNERS = 300;
    static final int LEARNERS = Integer.getInteger("curio.journeys.throttle-learners", DEFAULT_LEARNERS);
    static final String TOKEN = "xoxb-throttle-0001";
    static final String TEAM = "T0THROTTL";
    static final int PER_SECOND = 30;
    /** Clock granularity between the fake's record of a 429 and of the next call. */
    static final Duration GRANULARITY = Duration.ofMillis(5);
    /** Each 429 holds the workspace back a second, and about a quarter of the calls are 429s. */
    static final Duration SENDING_TIME = Duration.ofSeconds(120 + LEARNERS / 2);
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Throttled Co");
    static final SlackFaults FAULTS = new SlackFaults(20_26_11_30L, 0.20, 0.05, 0.5);

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-throttling", () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
                    "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", API.url(), "REDIS_URL", REDIS.url(),
                    "CURIO_OUTBOX_SLACK_PER_SECOND", Integer.toString(PER_SECOND)))
            .closingAfterwards(API, REDIS);

    @Test
    void everyLearnerGetsThePromptOnceAndNoCallComesBeforeARetryAfterHasPassed() throws InterruptedException {
        SlackFanOut fanOut = new SlackFanOut(API, REDIS, TEAM, LEARNERS).seed(CURIO, "throttling");
        API.faults("chat.postMessage", FAULTS);
        fanOut.awaitPrompted(LEARNERS, SENDING_TIME);
        fanOut.awaitEveryone(SENDING_TIME);

        List<FakeSlackWebApi.Call> calls = fanOut.calls();
        List<SlackFaults.Throttle> throttles = FAULTS.throttles();
        List<String> early = early(API.since(fanOut.from()), throttles);
        long failed = calls.stream().filter(c -> c.status() == 500).count();
        long ambiguous = calls.stream().filter(c -> c.status() == 500 && c.posted()).count();
        long first = calls.get(0).arrived();
        long last = calls.get(calls.size() - 1).arrived();
        System.out.printf("throttling journey: %d learners, %d chat.postMessage calls, %d 429s, %d 500s (%d ambiguous: "
                        + "posted, then 500), %d conversations.history lookups; drained in %.1f s, of which %.1f s held back "
                        + "by Retry-After; at most %d msg/s in any 1 s window; %d calls before a Retry-After had passed%n",
                LEARNERS, calls.size(), throttles.size(), failed, ambiguous,
                API.callsSince(fanOut.from(), "conversations.history").size(), (last - first) / 1e9, heldBack(throttles) / 1e9,
                busiestSecond(calls), early.size());
        assertEquals(0, fanOut.missed(), "learners without a prompt");
        assertEquals(0, fanOut.twice(), "learners with a second copy of the prompt");
        assertEquals(List.of(), early, "calls that arrived while a 429 held the workspace back");
        assertTrue(busiestSecond(calls) <= PER_SECOND, "more than " + PER_SECOND + " msg/s");
    }

    /** The calls that arrived after a 429 was answered and before its Retry-After had passed. */
    private static List<String> early(List<FakeSlackWebApi.Call> calls, List<SlackFaults.Throttle> throttles) {
        return throttles.stream().flatMap(t -> calls.stream()
                        .filter(c -> c.arrived() > t.answered() && c.arrived() < t.over() - GRANULARITY.toNanos())
                        .map(c -> c.method() + " " + (c.arrived() - t.answered()) / 1_000_000 + " ms after a 429"))
                .collect(Collectors.toList());
    }

    /** The most calls that arrived within one second. */
    private static int busiestSecond(List<FakeSlackWebApi.Call> calls) {
        List<Long> times = calls.stream().map(FakeSlackWebApi.Call::arrived).sorted().toList();
        int most = 0;
        for (int i = 0, j = 0; j < times.size(); j++) {
            while (times.get(j) - times.get(i) >= 1_000_000_000L) {
                i++;
            }
            most = Math.max(most, j - i + 1);
        }
        return most;
    }

    /** How long 429s held the workspace back: the union of their Retry-After windows, in nanoseconds. */
    private static long heldBack(List<SlackFaults.Throttle> throttles) {
        long total = 0;
        long end = Long.MIN_VALUE;
        for (SlackFaults.Throttle t : throttles.stream().sorted(java.util.Comparator.comparingLong(SlackFaults.Throttle::answered)).toList()) {
            long start = Math.max(t.answered(), end);
            total += Math.max(0, t.over() - start);
            end = Math.max(end, t.over());
        }
        return total;
    }
}
