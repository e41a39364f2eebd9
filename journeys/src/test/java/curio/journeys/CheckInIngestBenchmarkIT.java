package curio.journeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.AbstractPipeline;

/**
 * Issue 11's ingest benchmark: signed {@code tried …} DMs from {@code curio.bench.learners} (10,000)
 * enrolled learners, sent open-loop ({@link IngestLoad}) at each of {@code curio.bench.rates} for
 * {@code curio.bench.seconds} (10) after a warm-up of {@code curio.bench.warmup-s} (20) at
 * {@code curio.bench.warmup-rate} (500/s), first to the built jar (one workspace, its own redis-server),
 * then, in the same run, to a minimal Bolt-JS app doing the same work ({@link BoltJsPeer}) on a
 * redis-server of its own. Both reply to the same fake Web API; an event is done when its reply got there.
 * A rate is held when every event was acked (200) and replied to and the ack p99 is under 50 ms; once an
 * app collapses (replies missing, ack p99 over 2 s) its higher rates are skipped. Prints an
 * {@code INGEST} line per rate and the highest rate each held, and appends them to
 * {@code target/benchmarks/ingest.txt}. {@code curio.bench.jvm-options} are given to the jar's {@code java}
 * (a flight recording, a heap size); {@code -Dcurio.bench.peer=false} leaves the peer out. Tagged
 * {@code benchmark}: it runs only with {@code -Dcurio.test.excluded=} (see BENCHMARKS.md).
 */
@Tag("benchmark")
class CheckInIngestBenchmarkIT {

    static final int LEARNERS = Integer.getInteger("curio.bench.learners", 10_000);
    static final List<Integer> RATES = Arrays.stream(System.getProperty("curio.bench.rates", "500,650,800,1000,1250,1500,2000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    static final Duration STEP = Duration.ofSeconds(Integer.getInteger("curio.bench.seconds", 10));
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("curio.bench.warmup-s", 20));
    static final int WARMUP_RATE = Integer.getInteger("curio.bench.warmup-rate", 500);
    static final Duration DRAIN = Duration.ofSeconds(30);
    static final Duration PAUSE = Duration.ofSeconds(3);
    static final String TOKEN = "xoxb-1000000001-2000000002-IngestBench0001";
    static final String TEMPLATE = "U99999999";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // the recorded users.info's tz

    @Test
    void signedCheckInsAreAckedAndAnsweredAgainstBoltJs() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("INGEST BENCHMARK %s: %,d learners, rates %s for %d s each after %d s at %d/s; load %s", Instant.now(),
                LEARNERS, RATES, STEP.toSeconds(), WARMUP.toSeconds(), WARMUP_RATE, IngestLoad.load()));
        System.out.println(lines.get(0));
        try (FakeSlackWebApi api = new FakeSlackWebApi().workspace(TOKEN, IngestLoad.TEAM, "Ingest Bench")) {
            Optional<Integer> curio = curio(api, lines);
            Optional<Integer> bolt = Optional.empty();
            if (Boolean.parseBoolean(System.getProperty("curio.bench.peer", "true"))) {
                Optional<String> cannot = BoltJsPeer.prepare();
                if (cannot.isPresent()) {
                    print(lines, "INGEST bolt-js skipped: " + cannot.get());
                } else {
                    bolt = boltJs(api, lines);
                }
            }
            print(lines, String.format("INGEST held (ack p99 < 50 ms, all acked and replied): curio %s, bolt-js %s%s",
                    held(curio), held(bolt), curio.isPresent() && bolt.isPresent()
                            ? String.format(" (%.2f×)", curio.get() / (double) bolt.get()) : ""));
        }
        Path results = Path.of("target", "benchmarks", "ingest.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private Optional<Integer> curio(FakeSlackWebApi api, List<String> lines) throws Exception {
        try (OwnRedis redis = new OwnRedis()) {
            CurioJar jar = CurioJar.named("bench-ingest", () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
                    "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", api.url(), "REDIS_URL", redis.url()))
                    .withJvmOptions(jvmOptions()).launch();
            try {
                enrol(new SlackWorkspace(api, new SlackRequests(jar.uri("/slack/events")), IngestLoad.TEAM), redis);
                return steps(new IngestLoad("curio", jar.uri("/slack/events"), api, LEARNERS,
                        text -> text.startsWith("Checked in.") || text.startsWith("Added to today"), jar::cpu, redis::commands), lines);
            } finally {
                jar.stop();
            }
        }
    }

    private Optional<Integer> boltJs(FakeSlackWebApi api, List<String> lines) throws Exception {
        try (OwnRedis redis = new OwnRedis()) {
            for (int from = 0; from < LEARNERS; from += 1_000) { // enrolled: the peer's script counts only known learners
                try (AbstractPipeline pipeline = redis.client().pipelined()) {
                    for (int i = from; i < Math.min(LEARNERS, from + 1_000); i++) {
                        pipeline.hset("peer:{" + IngestLoad.TEAM + "}:L:" + IngestLoad.user(i), Map.of("zone", ZONE.getId(), "streak", "0"));
                    }
                    pipeline.sync();
                }
            }
            try (BoltJsPeer peer = BoltJsPeer.start(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET",
                    SlackRequests.SIGNING_SECRET, "SLACK_API_URL", api.url(), "REDIS_URL", redis.url()))) {
                return steps(new IngestLoad("bolt-js", peer.events(), api, LEARNERS, text -> text.startsWith("Checked in."),
                        peer::cpu, redis::commands), lines);
            }
        }
    }

    /** The warm-up, then each rate until the app collapses; the highest rate held. */
    private Optional<Integer> steps(IngestLoad load, List<String> lines) throws InterruptedException {
        System.out.println("INGEST warm-up: " + load.run(WARMUP_RATE, WARMUP, DRAIN).line());
        Optional<Integer> held = Optional.empty();
        for (int rate : RATES) {
            Thread.sleep(PAUSE.toMillis());
            IngestLoad.Step step = load.run(rate, STEP, DRAIN);
            print(lines, "INGEST " + step.line());
            if (step.held()) {
                held = Optional.of(Math.max(rate, held.orElse(0)));
            }
            if (step.collapsed()) {
                print(lines, "INGEST " + step.app() + ": rates above " + rate + "/s skipped, it no longer keeps up");
                break;
            }
        }
        return held;
    }

    /**
     * The template learner enrols over chat with its prompt and check-in six hours away (no cohort fires
     * during the run), then {@link #LEARNERS} clones of it are written to Redis.
     */
    private static void enrol(SlackWorkspace workspace, OwnRedis redis) {
        String later = ZonedDateTime.now(ZONE).plusHours(6).format(DateTimeFormatter.ofPattern("HH:mm"));
        workspace.say(TEMPLATE, "start", "Welcome aboard");
        workspace.say(TEMPLATE, "time prompt " + later, "");
        workspace.say(TEMPLATE, "time checkin " + ZonedDateTime.now(ZONE).plusHours(7).format(DateTimeFormatter.ofPattern("HH:mm")), "");
        long cloning = System.nanoTime();
        new LearnerClones(redis.client(), TEMPLATE, SlackWorkspace.dm(TEMPLATE)).clone(LEARNERS, IngestLoad::user, SlackWorkspace::dm);
        System.out.printf("INGEST %,d learners cloned in %.1f s%n", LEARNERS, (System.nanoTime() - cloning) / 1e9);
    }

    private static List<String> jvmOptions() {
        String options = System.getProperty("curio.bench.jvm-options", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static String held(Optional<Integer> rate) {
        return rate.map(r -> r + "/s").orElse("none");
    }

    private static void print(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
    }
}
