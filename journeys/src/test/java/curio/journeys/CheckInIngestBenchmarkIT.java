package curio.journeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.AbstractPipeline;

/**
 * Issue 11's ingest benchmark: signed {@code tried …} DMs from {@code curio.bench.learners} (10,000)
 * enrolled learners, sent open-loop ({@link IngestLoad}) at each of {@code curio.bench.rates} for
 * {@code curio.bench.seconds} (10) after a warm-up of {@code curio.bench.warmup-s} (60) at
 * {@code curio.bench.warmup-rate} (500/s), to the built jar (one workspace, its own redis-server) and, in
 * the same run, to a minimal Bolt-JS app doing the same work ({@link BoltJsPeer}) on a redis-server of its
 * own, the two taking turns at each rate. Both reply to the same fake Web API; an event is done when its reply
 * got there. A rate is held when every event was acked (200) and replied to (within 30 s of the step's end)
 * and the ack p99 is under 50 ms, and held with replies keeping pace when the reply p99 is also under a second;
 * once an app collapses (replies missing, ack p99 over 2 s) its higher rates are skipped. Prints an
 * {@code INGEST} line per rate and the highest rate each held, and appends them to
 * {@code target/benchmarks/ingest.txt}. {@code curio.bench.jvm-options} are given to the jar's {@code java}
 * (a flight recording, a heap size), {@code curio.bench.env} ({@code NAME=value,…}) are added to its settings;
 * {@code -Dcurio.bench.peer=false} leaves the peer out. Tagged
 * {@code benchmark}: it runs only with {@code -Dcurio.test.excluded=} (see BENCHMARKS.md).
 */
@Tag("benchmark")
class CheckInIngestBenchmarkIT {

    static final int LEARNERS = Integer.getInteger("curio.bench.learners", 10_000);
    static final List<Integer> RATES = Arrays.stream(System.getProperty("curio.bench.rates", "500,1000,1500,1750,2000,2250,2500,2750,3000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    static final Duration STEP = Duration.ofSeconds(Integer.getInteger("curio.bench.seconds", 10));
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("curio.bench.warmup-s", 60));
    static final int WARMUP_RATE = Integer.getInteger("curio.bench.warmup-rate", 500);
    static final Duration DRAIN = Duration.ofSeconds(30);
    static final Duration PAUSE = Duration.ofSeconds(3);
    static final String TOKEN = "xoxb-1000000001-2000000002-IngestBench0001";
    static final String TEMPLATE = "U99999999";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // the recorded users.info's tz

    @Test
    void signedCheckInsAreAckedAndAnsweredAgainstBoltJs() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("INGEST BENCHMARK %s: %,d learners, rates %s for %d s each after %d s at %d/s, the apps taking"
                        + " turns at each rate; load %s", Instant.now(), LEARNERS, RATES, STEP.toSeconds(), WARMUP.toSeconds(),
                WARMUP_RATE, IngestLoad.load()));
        System.out.println(lines.get(0));
        List<AutoCloseable> open = new ArrayList<>();
        try {
            FakeSlackWebApi api = opened(open, fake().workspace(TOKEN, IngestLoad.TEAM, "Ingest Bench"));
            List<IngestLoad> apps = new ArrayList<>(List.of(curio(api, open)));
            if (Boolean.parseBoolean(System.getProperty("curio.bench.peer", "true"))) {
                Optional<String> cannot = BoltJsPeer.prepare();
                if (cannot.isPresent()) {
                    print(lines, "INGEST bolt-js skipped: " + cannot.get());
                } else {
                    apps.add(boltJs(api, open));
                }
            }
            Map<String, Held> held = steps(apps, lines);
            Held curio = held.get("curio");
            Held bolt = held.getOrDefault("bolt-js", new Held());
            print(lines, "INGEST held (ack p99 < 50 ms, every event acked and replied to): " + Held.compare(curio.held, bolt.held));
            print(lines, "INGEST held with replies keeping pace (also reply p99 < 1 s): " + Held.compare(curio.paced, bolt.paced));
        } finally {
            for (AutoCloseable closing : open) {
                closing.close();
            }
        }
        Path results = Path.of("target", "benchmarks", "ingest.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** The fake Web API, answering on its own thread unless {@code -Dcurio.bench.fake-pool=true} (a pool of 64, as before run 9). */
    private static FakeSlackWebApi fake() {
        return Boolean.getBoolean("curio.bench.fake-pool") ? new FakeSlackWebApi() : FakeSlackWebApi.answeringOnItsOwnThread();
    }

    /** The jar on a Redis of its own, {@link #LEARNERS} learners enrolled. */
    private IngestLoad curio(FakeSlackWebApi api, List<AutoCloseable> open) throws Exception {
        OwnRedis redis = opened(open, new OwnRedis());
        Map<String, String> settings = new HashMap<>(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET",
                SlackRequests.SIGNING_SECRET, "SLACK_API_URL", api.url(), "REDIS_URL", redis.url()));
        for (String setting : System.getProperty("curio.bench.env", "").split(",")) { // e.g. CURIO_SLACK_INBOX_THREADS=64
            if (setting.contains("=")) {
                settings.put(setting.substring(0, setting.indexOf('=')).trim(), setting.substring(setting.indexOf('=') + 1).trim());
            }
        }
        CurioJar jar = CurioJar.named("bench-ingest", () -> settings).withJvmOptions(jvmOptions()).launch();
        open.add(0, jar::stop);
        enrol(new SlackWorkspace(api, new SlackRequests(jar.uri("/slack/events")), IngestLoad.TEAM), redis);
        return new IngestLoad("curio", jar.uri("/slack/events"), api, LEARNERS,
                text -> text.startsWith("Checked in.") || text.startsWith("Added to today"), jar::cpu, redis);
    }

    /** The Bolt-JS peer on a Redis of its own, holding the same learners. */
    private IngestLoad boltJs(FakeSlackWebApi api, List<AutoCloseable> open) throws Exception {
        OwnRedis redis = opened(open, new OwnRedis());
        for (int from = 0; from < LEARNERS; from += 1_000) { // enrolled: the peer's script counts only known learners
            try (AbstractPipeline pipeline = redis.client().pipelined()) {
                for (int i = from; i < Math.min(LEARNERS, from + 1_000); i++) {
                    pipeline.hset("peer:{" + IngestLoad.TEAM + "}:L:" + IngestLoad.user(i), Map.of("zone", ZONE.getId(), "streak", "0"));
                }
                pipeline.sync();
            }
        }
        BoltJsPeer peer = opened(open, BoltJsPeer.start(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET",
                SlackRequests.SIGNING_SECRET, "SLACK_API_URL", api.url(), "REDIS_URL", redis.url())));
        return new IngestLoad("bolt-js", peer.events(), api, LEARNERS, text -> text.startsWith("Checked in."), peer::cpu, redis);
    }

    /** The highest rates an app held, and held with its replies keeping pace (0: none). */
    private static final class Held {
        int held;
        int paced;
        boolean collapsed;

        static String compare(int curio, int bolt) {
            return String.format("curio %s, bolt-js %s%s", curio == 0 ? "none" : curio + "/s", bolt == 0 ? "none" : bolt + "/s",
                    curio > 0 && bolt > 0 ? String.format(" (%.2f×)", curio / (double) bolt) : "");
        }
    }

    /**
     * Each app's warm-up, then each rate, the apps taking turns (so that both see the same machine, busy or
     * not), until an app collapses: its higher rates are skipped.
     */
    private Map<String, Held> steps(List<IngestLoad> apps, List<String> lines) throws InterruptedException, IOException {
        Map<String, Held> held = new LinkedHashMap<>();
        for (IngestLoad app : apps) {
            System.out.println("INGEST warm-up: " + app.run(WARMUP_RATE, WARMUP, DRAIN).line());
            held.put(app.app(), new Held());
        }
        for (int rate : RATES) {
            for (IngestLoad app : apps) {
                Held so = held.get(app.app());
                if (so.collapsed) {
                    continue;
                }
                Thread.sleep(PAUSE.toMillis());
                IngestLoad.Step step = app.run(rate, STEP, DRAIN);
                print(lines, "INGEST " + step.line());
                so.held = step.held() ? Math.max(rate, so.held) : so.held;
                so.paced = step.paced() ? Math.max(rate, so.paced) : so.paced;
                if (step.collapsed()) {
                    so.collapsed = true;
                    print(lines, "INGEST " + app.app() + ": rates above " + rate + "/s skipped, it no longer keeps up");
                }
            }
        }
        return held;
    }

    /**
     * The template learner enrols over chat with its prompt at 23:58 and its check-in at 23:59, at least
     * two hours away (no cohort fires during the run), then {@link #LEARNERS} clones of it are written to Redis.
     */
    private static void enrol(SlackWorkspace workspace, OwnRedis redis) {
        workspace.say(TEMPLATE, "start", "Welcome aboard");
        LearnersZone.promptAt(workspace, TEMPLATE, LearnersZone.now().with(LocalTime.of(23, 58)));
        long cloning = System.nanoTime();
        new LearnerClones(redis.client(), TEMPLATE, SlackWorkspace.dm(TEMPLATE)).clone(LEARNERS, IngestLoad::user, SlackWorkspace::dm);
        System.out.printf("INGEST %,d learners cloned in %.1f s%n", LEARNERS, (System.nanoTime() - cloning) / 1e9);
    }

    private static List<String> jvmOptions() {
        String options = System.getProperty("curio.bench.jvm-options", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> open, T closeable) {
        open.add(0, closeable);
        return closeable;
    }

    private static void print(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
    }
}
