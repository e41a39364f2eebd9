package curio.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Authenticated message activities posted to {@code /api/messages}: throughput, p50/p99 latency,
 * and the cost of JWT validation alone. Excluded from the default build; see BENCHMARK.md.
 */
@Tag("benchmark")
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsBenchmark extends AuthenticatedTeamsTest {

    static final int WARMUP = 1_000;
    static final int REQUESTS = Integer.getInteger("bench.requests", 5_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    @Test
    void authenticatedMessages() throws Exception {
        String header = bearer();
        String body = Activities.personalMessage(connector.url(), "ping");
        run(WARMUP, header, body);
        long start = System.nanoTime();
        List<Long> latencies = run(REQUESTS, header, body);
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);

        Activity activity = new ActivityReader(new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()).read(body.getBytes());
        SimpleCredentialProvider credentials = new SimpleCredentialProvider(TeamsAuthTest.APP_ID, "bench");
        for (int i = 0; i < WARMUP; i++) {
            validate(activity, header, credentials);
        }
        long jwtStart = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            validate(activity, header, credentials);
        }
        double jwtMicros = (System.nanoTime() - jwtStart) / 1e3 / REQUESTS;

        System.out.printf("BENCHMARK requests=%d clients=%d throughput=%.0f req/s p50=%.2f ms p99=%.2f ms "
                        + "jwt-validation=%.1f us/request%n", REQUESTS, CLIENTS, REQUESTS / seconds,
                latencies.get(REQUESTS / 2) / 1e6, latencies.get((int) (REQUESTS * 0.99)) / 1e6, jwtMicros);
        assertEquals(WARMUP + REQUESTS, engine.events.size());
    }

    private static void validate(Activity activity, String header, SimpleCredentialProvider credentials) {
        JwtTokenValidation.authenticateRequest(activity, header, credentials, new SimpleChannelProvider(),
                new AuthenticationConfiguration()).join();
    }

    private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

    private List<Long> run(int count, String header, String body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Long>>> parts = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                parts.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < count / CLIENTS; i++) {
                        // every activity gets its own id: the adapter drops redelivered ids unprocessed
                        String unique = body.replaceFirst("\"id\":\"act-[^\"]*\"",
                                "\"id\":\"act-bench-" + ids.incrementAndGet() + "\"");
                        long t = System.nanoTime();
                        if (Post.activity(server.getURL(), unique, header) != 200) {
                            throw new IllegalStateException("not accepted");
                        }
                        mine.add(System.nanoTime() - t);
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> part : parts) {
                all.addAll(part.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }
}
