package curio.fuzz;

import static curio.fuzz.FuzzTally.first;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.slack.FakeSlackApi;
import curio.slack.SignedRequests;
import curio.slack.SlackTestClock;
import curio.support.MutableClock;
import curio.teams.FakeBotConnector;
import curio.teams.OpenIdServer;
import curio.teams.RecordedActivities;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * Issue 9: 5,000 mutated Slack and Teams payloads, made from recorded real ones, against the real
 * engine behind the real adapters (Slack signed with the signing secret, Teams with valid Bot
 * Framework tokens; fakes of both platforms on loopback). No answer may be a 5xx, the log holds no
 * ERROR and no stack trace, Curio still answers a plain {@code help} on both platforms afterwards, and
 * Redis holds nothing but known keys of known tenants, with sane names and nothing from refused
 * requests. Deterministic: request {@code i} is built from {@code new Random(seed * 1_000_003 + i)};
 * {@code -Dfuzz.seed=} and {@code -Dfuzz.requests=} change the run. Every request's status and
 * mutations are written to {@code target/fuzz-requests.txt}, every problem to {@code target/fuzz-report.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayloadFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20260302L);
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 5000);
    static final int CLIENTS = 4;
    static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    static final String TENANT = RecordedActivities.TENANT;
    static final String SLACK_TOKEN = "xoxb-1-fuzz-token-000000";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private FakeSlackApi slack;
    private FakeBotConnector connector;
    private OpenIdServer openId;
    private EmbeddedServer server;

    @BeforeAll
    void start() throws Exception {
        slack = new FakeSlackApi();
        connector = new FakeBotConnector();
        openId = new OpenIdServer();
        Map<String, Object> properties = new HashMap<>();
        properties.put("curio.data-dir", Files.createTempDirectory("curio-fuzz").toString());
        properties.put("curio.redis-url", "");
        properties.put("curio.web", "false");
        properties.put(SlackTestClock.PROPERTY, "true");
        properties.put("slack.bot.token", SLACK_TOKEN);
        properties.put("slack.signing.secret", SignedRequests.SECRET);
        properties.put("slack.api.url", slack.url());
        properties.put("teams.app-id", APP_ID);
        properties.put("teams.app-password", "not-logged");
        properties.put("teams.app-tenant-id", TENANT);
        properties.put("teams.openid-metadata-url", openId.metadataUrl());
        properties.put("teams.default-timezone", "Europe/Berlin");
        properties.put("test.static-token", "true");
        properties.put("micronaut.server.port", "-1");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
        slack.close();
        connector.close();
        openId.close();
    }

    @Test
    void fiveThousandMutatedPayloadsGetNo5xxCrashNorStoredGarbage() throws Exception {
        UnifiedJedis redis = server.getApplicationContext().getBean(UnifiedJedis.class);
        SlackCases slackCases = new SlackCases(SignedRequests.SECRET, server.getApplicationContext().getBean(MutableClock.class));
        TeamsCases teamsCases = new TeamsCases(connector.url(), APP_ID, openId);
        FuzzTally tally = new FuzzTally();
        System.out.println("PayloadFuzzTest: seed " + SEED + ", " + REQUESTS + " requests (-Dfuzz.seed, -Dfuzz.requests)");

        LogWatch log = LogWatch.attach();
        long began = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    Random random = new Random(SEED * 1_000_003L + i);
                    FuzzRequest request = i % 2 == 0 ? slackCases.build(i, random) : teamsCases.build(i, random);
                    tally.record(request, send(request));
                }
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(10, TimeUnit.MINUTES), "the run did not end in 10 minutes");
        boolean drained = waitFor(() -> redis.xlen("curio:slack:inbox") == 0, Duration.ofSeconds(60));
        long took = System.nanoTime() - began;
        boolean slackAlive = slackAnswersHelp(slackCases);
        boolean teamsAlive = teamsAnswersHelp(teamsCases);
        log.detach();
        StoredData stored = new StoredData(redis, Set.of("slack:T1", "teams:" + TENANT));
        List<String> garbage = stored.check(tally.refused);

        System.out.printf("PayloadFuzzTest: %d requests in %.1f s, seed %d; statuses %s%n", REQUESTS, took / 1e9, SEED,
                tally.counts());
        System.out.println("  calls to the fake Slack API: " + slack.calls().size() + ", to the fake Bot Connector: "
                + connector.calls().size() + "; log lines by level: " + log.levels());
        System.out.println("  " + stored.keys() + " keys: " + stored.families());
        Files.write(Path.of("target", "fuzz-requests.txt"), tally.outcomes);
        Files.write(Path.of("target", "fuzz-report.txt"), Stream.of(tally.serverErrors, tally.wrongAnswers,
                log.alarming(), garbage).flatMap(List::stream).toList());
        assertAll(
                () -> assertEquals(List.of(), first(tally.serverErrors), tally.serverErrors.size() + " 5xx or no answer"),
                () -> assertEquals(List.of(), first(tally.wrongAnswers), tally.wrongAnswers.size() + " wrong answers"),
                () -> assertEquals(List.of(), first(log.alarming()), log.alarming().size() + " ERROR lines, stack traces or long lines"),
                () -> assertEquals(List.of(), first(garbage), garbage.size() + " problems in what was stored"),
                () -> assertTrue(drained, "the Slack inbox still holds " + redis.xlen("curio:slack:inbox") + " events"),
                () -> assertTrue(slackAlive, "no answer to a plain help DM on Slack after the run"),
                () -> assertTrue(teamsAlive, "no answer to a plain help message on Teams after the run"));
    }

    private int send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + request.path()))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private boolean slackAnswersHelp(SlackCases cases) throws InterruptedException {
        return send(cases.message("ALIVE", "help")) == 200 && waitFor(() -> slack.calls("chat.postMessage").stream()
                .anyMatch(c -> "DALIVE".equals(c.param("channel"))), Duration.ofSeconds(15));
    }

    private boolean teamsAnswersHelp(TeamsCases cases) throws InterruptedException {
        String conversation = "a:1alivePers0nalCh4tXq7Wm2Kd9Lp4Rt6Yz8Nc1Vb3Hj5Fg0Sd2Aq4We6Ty";
        return send(cases.message("alive", "help")) == 200
                && waitFor(() -> !connector.postedTo(conversation).isEmpty(), Duration.ofSeconds(15));
    }

    private static boolean waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
