package curio.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.content.Prompt;
import curio.content.PromptLibrary;
import curio.content.Track;
import curio.delivery.Eventually;
import curio.schedule.CohortScheduler;
import curio.support.EngineTest;
import curio.support.MutableClock;
import curio.support.TestClockFactory;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * What an operator's Prometheus reads at {@code /metrics} while learners use the web playground:
 * Curio's counters moving with check-ins, answers and prompts, the request timers by route, the
 * JVM, and the bearer token that {@code CURIO_METRICS_TOKEN} asks for.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTest implements EngineTest {

    static final String TOKEN = "s3cret-metrics-token";
    static final String CHECKINS = "curio_checkins_total{platform=\"web\"}";
    static final String ANSWERS = "curio_answers_total{platform=\"web\"}";
    static final String STREAK_UPDATES = "curio_streak_updates_total{platform=\"web\"}";
    static final String PROMPTS_SENT = "curio_prompts_sent_total{platform=\"web\"}";

    @Inject EmbeddedServer server;
    @Inject UnifiedJedis redis;
    @Inject MutableClock clock;
    @Inject PromptLibrary library;
    final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(EngineTest.super.getProperties());
        properties.put("curio.metrics.token", TOKEN);
        return properties;
    }

    @BeforeEach
    void fresh() {
        redis.flushAll();
        clock.set(TestClockFactory.START);
    }

    private Scrape scrape() {
        return Scrape.of(server, "Bearer " + TOKEN);
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void checkInsCountEachTimeButTheStreakMovesOnceADay() throws Exception {
        post("/web/api/messages", "{\"user\":\"ana\",\"text\":\"start\"}");
        Scrape before = scrape();

        assertTrue(post("/web/api/messages", "{\"user\":\"ana\",\"text\":\"tried asking for feedback\"}").body()
                .contains("Checked in"));
        post("/web/api/actions", "{\"user\":\"ana\",\"actionId\":\"checkin.open\",\"value\":\"\"}");
        assertTrue(post("/web/api/forms", "{\"user\":\"ana\",\"callbackId\":\"checkin\","
                + "\"values\":{\"text\":\"paired on a review\"}}").body().contains("Checked in"));

        Scrape after = scrape();
        assertEquals(2, after.value(CHECKINS) - before.value(CHECKINS), "a tried and a check-in form");
        assertEquals(1, after.value(STREAK_UPDATES) - before.value(STREAK_UPDATES), "one learning day");
        assertEquals(0, after.value(ANSWERS) - before.value(ANSWERS));
        assertEquals(0, after.value("curio_checkins_total{platform=\"slack\"}"), "other platforms stay at 0");
    }

    @Test
    void aQuizAnswerCountsAsAnAnswerAndMovesTheStreak() throws Exception {
        post("/web/api/messages", "{\"user\":\"ben\",\"text\":\"start\"}");
        Prompt quiz = library.tracks().stream().map(Track::prompts).flatMap(List::stream)
                .filter(p -> p.kind() == Prompt.Kind.QUIZ).findFirst().orElseThrow();
        Scrape before = scrape();

        post("/web/api/actions", "{\"user\":\"ben\",\"actionId\":\"prompt.quiz\",\"value\":\"" + quiz.id() + ":"
                + quiz.answer() + "\"}");

        Scrape after = scrape();
        assertEquals(1, after.value(ANSWERS) - before.value(ANSWERS));
        assertEquals(1, after.value(STREAK_UPDATES) - before.value(STREAK_UPDATES));
    }

    @Test
    void aScheduledPromptIsCountedOnceTheInboxHasIt(CohortScheduler scheduler) throws Exception {
        post("/web/api/messages", "{\"user\":\"cy\",\"text\":\"start\",\"timeZone\":\"Europe/Berlin\"}");
        double before = scrape().value(PROMPTS_SENT);
        clock.set(Instant.parse("2026-03-03T08:30:00Z"));

        scheduler.fireNow("Europe/Berlin|09:30|MON-FRI|PROMPT");

        Eventually.within(Duration.ofSeconds(10), "the prompt is counted", () -> scrape().value(PROMPTS_SENT) == before + 1);
        assertTrue(get("/web/api/inbox?user=cy").body().contains("Good morning, cy!"));
    }

    @Test
    void requestsAreTimedByRouteNeverByTheirOwnPath() throws Exception {
        post("/web/api/messages", "{\"user\":\"dee\",\"text\":\"help\"}");
        get("/web/api/inbox?user=dee");
        get("/no/such/page/12345");

        Scrape scrape = scrape();
        assertTrue(scrape.line("http_server_requests_seconds_count", "method=\"POST\"", "status=\"200\"",
                "uri=\"/web/api/messages\"").isPresent(), scrape.text());
        assertTrue(scrape.line("http_server_requests_seconds_bucket", "uri=\"/web/api/messages\"", "le=\"3.0\"")
                .isPresent(), "latency buckets up to Slack's 3 s deadline");
        assertTrue(scrape.line("http_server_requests_seconds_count", "uri=\"/web/api/inbox\"").isPresent());
        assertTrue(scrape.line("http_server_requests_seconds_count", "uri=\"NOT_FOUND\"").isPresent());
        assertFalse(scrape.text().contains("12345"), "no raw path, so no series per path anyone can make up");
        assertFalse(scrape.text().contains("dee"), "no user in any label");
    }

    @Test
    void theJvmAndTheProcessAreThere() {
        Scrape scrape = scrape();
        assertEquals(200, scrape.status());
        assertTrue(scrape.contentType().startsWith("text/plain; version=0.0.4"), scrape.contentType());
        assertTrue(scrape.line("jvm_memory_used_bytes", "area=\"heap\"").isPresent(), scrape.text());
        assertTrue(scrape.text().contains("jvm_threads_live_threads "));
        assertTrue(scrape.text().contains("process_uptime_seconds "));
        assertTrue(scrape.text().contains("process_cpu_usage "));
        assertTrue(scrape.find("curio_rate_limited_total{platform=\"teams\"}").isPresent());
    }

    @Test
    void withATokenSetMetricsAreRefusedWithoutIt() {
        for (String authorization : new String[] {null, "Bearer wrong-token", "Basic " + TOKEN, TOKEN}) {
            Scrape refused = Scrape.of(server, authorization);
            assertEquals(401, refused.status(), String.valueOf(authorization));
            assertFalse(refused.text().contains("jvm_"), "nothing measured in a refusal");
        }
        assertEquals(200, Scrape.of(server, "bearer " + TOKEN).status(), "the scheme in any case");
    }

    @Test
    void healthStaysAsItWas() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"redis\":\"UP\"}", health.body());
        assertEquals(404, get("/prometheus").statusCode(), "only /metrics serves the meters");
    }
}
