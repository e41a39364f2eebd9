package curio.journeys;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Slack and a load balancer see of the jar while its Redis is away: {@code /health} asked every
 * second, signed DMs of people who are not learners sent meanwhile; then, Redis back, the same DMs
 * sent again as Slack retries them, and the answers those people got.
 */
final class RedisOutage {

    private final CurioJar curio;
    private final SlackWorkspace workspace;
    private final String userPrefix;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService posting = Executors.newCachedThreadPool();
    private final List<String> sent = new ArrayList<>();
    private final List<CompletableFuture<Integer>> acks = new ArrayList<>();
    private final List<Integer> health = new ArrayList<>();
    private int from;
    private boolean jarDied;

    /** {@code userPrefix}: the people's ids are it and a number, 9 characters in all. */
    RedisOutage(CurioJar curio, SlackWorkspace workspace, String userPrefix) {
        this.curio = curio;
        this.workspace = workspace;
        this.userPrefix = userPrefix;
    }

    /**
     * Spends {@code away} asking /health every second and sending {@code events} DMs, each on its own
     * (an answer may take seconds), spread over the first two thirds so that every answer comes while away.
     */
    RedisOutage meanwhile(Duration away, int events) throws InterruptedException {
        from = workspace.api().count();
        long start = System.nanoTime();
        long end = start + away.toNanos();
        long sending = away.toNanos() * 2 / 3;
        while (System.nanoTime() < end) {
            health.add(healthStatus());
            jarDied |= !curio.alive();
            while (sent.size() < events && System.nanoTime() - start >= sending * sent.size() / events) {
                String event = workspace.dmEvent(user(sent.size()), "help");
                sent.add(event);
                acks.add(CompletableFuture.supplyAsync(() -> workspace.requests().event(event).statusCode(), posting));
            }
            Thread.sleep(Math.max(0, Math.min(1_000, (end - System.nanoTime()) / 1_000_000)));
        }
        posting.shutdown();
        return this;
    }

    /** Waits for /health to answer 200 again, by itself; returns how long that took. */
    Duration recovery(Duration limit) {
        long start = System.nanoTime();
        Await.until(() -> healthStatus() == 200 ? Optional.of(true) : Optional.empty(), () -> "/health is not 200 again", limit);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Slack's retries of the events the jar did not acknowledge: the same bodies, {@code X-Slack-Retry-Num: 1}. */
    List<Integer> retried() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (acks().get(i) != 200) {
                statuses.add(workspace.requests().retry(sent.get(i), 1).statusCode());
            }
        }
        return statuses;
    }

    /** Waits until every person who wrote meanwhile has an answer, then a little for late second ones. */
    void awaitAnswers(Duration limit) throws InterruptedException {
        Await.until(() -> answers().size() >= sent.size() ? Optional.of(true) : Optional.empty(),
                () -> (sent.size() - answers().size()) + " of the " + sent.size() + " people got no answer: " + answers(), limit);
        Thread.sleep(2_000);
    }

    long unanswered() {
        return sent.size() - answers().size();
    }

    long answeredTwice() {
        return answers().values().stream().filter(n -> n > 1).count();
    }

    /** The acks the jar gave while Redis was away. */
    List<Integer> acks() {
        return acks.stream().map(CompletableFuture::join).toList();
    }

    /** The /health statuses while Redis was away (0: no answer). */
    List<Integer> healthWhileAway() {
        return health;
    }

    /** HTTP statuses counted, for a line to quote: {@code {503=30}}. */
    static Map<Integer, Long> tally(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()));
    }

    boolean jarDied() {
        return jarDied;
    }

    /** Answers in the DMs of the people who wrote meanwhile, per DM. */
    private Map<String, Long> answers() {
        List<String> dms = java.util.stream.IntStream.range(0, sent.size()).mapToObj(i -> SlackWorkspace.dm(user(i))).toList();
        return workspace.api().callsSince(from, "chat.postMessage").stream().map(c -> SlackWorkspace.dm(c.has("channel")))
                .filter(dms::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private String user(int i) {
        return userPrefix + String.format("%0" + (9 - userPrefix.length()) + "d", i);
    }

    private int healthStatus() {
        try {
            return http.send(HttpRequest.newBuilder(curio.uri("/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
