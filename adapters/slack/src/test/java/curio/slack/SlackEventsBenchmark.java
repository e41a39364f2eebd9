package curio.slack;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signed {@code message.im} events posted to /slack/events at fixed rates (open loop: latency is
 * counted from each request's scheduled start), against the embedded real Redis. See BENCHMARK.md.
 */
@Tag("benchmark")
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEventsBenchmark implements TestPropertyProvider {

    final FakeSlackApi slack = SlackEventsEndpointTest.start();
    @Inject EmbeddedServer server;
    @Inject TestEngine engine;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("slack.bot.token", "xoxb-1-test-token-000000", "slack.signing.secret", SignedRequests.SECRET,
                "slack.api.url", slack.url());
    }

    @AfterAll
    void stop() {
        slack.close();
    }

    @Test
    void ackLatencyAtFixedRates() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 10);
        String rates = System.getProperty("bench.rates", "500,1000,1500,2000");
        run(500, Integer.getInteger("bench.warmup", 10), "warmup");
        for (String rate : rates.split(",")) {
            run(Integer.parseInt(rate.trim()), seconds, "");
            engine.events.clear();
        }
    }

    private void run(int rate, int seconds, String label) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = server.getURI().resolve("/slack/events");
        SlackSignature signature = new SlackSignature(SignedRequests.SECRET, Clock.systemUTC());
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        String run = Long.toString(System.nanoTime(), 36);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long sleep = due - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
            String body = SignedRequests.event("Ev" + run + "-" + i, SignedRequests.dm("U" + (i % 500), "hello " + i));
            String ts = SignedRequests.now();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature.sign(ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int index = i;
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                latencies[index] = System.nanoTime() - due;
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("BENCH %s rate=%d/s sent=%d elapsed=%.1fs throughput=%.0f/s errors=%d p50=%.1fms p99=%.1fms max=%.1fms%n",
                label, rate, total, elapsed, total / elapsed, errors.get(), latencies[total / 2] / 1e6,
                latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6);
    }
}
