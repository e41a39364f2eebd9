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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's fan-out benchmark, on the built jar: {@code curio.bench.learners} (100,000) learners in
 * {@code curio.bench.workspaces} (1,000) OAuth-installed Slack workspaces share a prompt time, against
 * a fake Web API whose {@code chat.postMessage} answers after {@code curio.bench.latency-ms} (100);
 * {@code curio.bench.replicas} (1) jars share one Redis and Quartz's tables in a fresh PostgreSQL
 * database. Prints the lag of each prompt after the due minute, messages a second and the busiest
 * workspace's second, and appends them to {@code target/benchmarks/fan-out.txt}. It stops waiting
 * {@code curio.bench.limit-s} (600) seconds after the due minute. Tagged {@code benchmark}: it runs
 * only with {@code -Dcurio.test.excluded=} (see BENCHMARKS.md).
 */
@Tag("benchmark")
class FanOutBenchmarkIT {

    static final int LEARNERS = Integer.getInteger("curio.bench.learners", 100_000);
    static final int WORKSPACES = Integer.getInteger("curio.bench.workspaces", 1_000);
    static final int REPLICAS = Integer.getInteger("curio.bench.replicas", 1);
    static final Duration LATENCY = Duration.ofMillis(Integer.getInteger("curio.bench.latency-ms", 100));
    static final Duration LIMIT = Duration.ofSeconds(Integer.getInteger("curio.bench.limit-s", 600));
    static final String TEMPLATE = "U99999999";
    static final ZoneId ZONE = LearnersZone.ZONE;
    static final String CLIENT_ID = "1000000001.3000000003";

    @Test
    void learnersDueTheSameMinuteAreAllPrompted() throws Exception {
        List<AutoCloseable> open = new ArrayList<>();
        try {
            OwnRedis redis = opened(open, new OwnRedis());
            FakeSlackWebApi api = opened(open, new FakeSlackWebApi());
            Map<String, String> workspaceOfToken = new HashMap<>();
            for (int w = 0; w < WORKSPACES; w++) {
                workspaceOfToken.put(token(w), team(w));
                api.workspace(token(w), team(w), "Bench " + w).installCode("code-" + w, token(w));
            }
            QuartzDatabase quartz = opened(open, new QuartzDatabase("curio_fanout_bench"));
            List<CurioJar> replicas = new ArrayList<>();
            for (int r = 1; r <= REPLICAS; r++) {
                CurioJar replica = CurioJar.named("bench-fan-out-" + r, () -> settings(api, redis, quartz)).launch();
                open.add(0, replica::stop);
                replicas.add(replica);
            }
            long seeding = System.nanoTime();
            install(replicas.get(0), redis);
            ZonedDateTime due = enrolTemplate(replicas.get(0), api, redis);
            long cloning = System.nanoTime();
            new LearnerClones(redis.client(), TEMPLATE, SlackWorkspace.dm(TEMPLATE)).clone(LEARNERS, i -> Map.of(
                    TEMPLATE, user(i), SlackWorkspace.dm(TEMPLATE), SlackWorkspace.dm(user(i)), team(0), team(i % WORKSPACES)));
            System.out.printf("fan-out benchmark: %d workspaces installed and %,d learners seeded in %d s (cloning %d s); due at %s%n",
                    WORKSPACES, LEARNERS, (System.nanoTime() - seeding) / 1_000_000_000,
                    (System.nanoTime() - cloning) / 1_000_000_000, due);
            api.slow("chat.postMessage", LATENCY);
            int from = api.count();
            CpuUse cpu = new CpuUse(replicas, redis);
            Map<String, Long> commandsBefore = commands(redis);

            Instant deadline = due.toInstant().plus(LIMIT);
            while (prompts(api, from, workspaceOfToken).size() < LEARNERS && Instant.now().isBefore(deadline)) {
                Thread.sleep(2_000);
            }
            String used = cpu.since();
            Thread.sleep(3_000); // a late second copy would show up here
            FanOutFigures figures = FanOutFigures.of(LEARNERS, due.toInstant().toEpochMilli(), prompts(api, from, workspaceOfToken));
            report(figures.line() + "; CPU used meanwhile: " + used + "; Redis commands per learner: "
                    + perLearner(commandsBefore, commands(redis)));
        } finally {
            for (AutoCloseable closing : open) {
                closing.close();
            }
        }
    }

    private static Map<String, String> settings(FakeSlackWebApi api, OwnRedis redis, QuartzDatabase quartz) {
        Map<String, String> settings = new HashMap<>(Map.of("SLACK_CLIENT_ID", CLIENT_ID,
                "SLACK_CLIENT_SECRET", "3f1b5e9c8d7a6b5c4d3e2f1a0b9c8d7e", "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET,
                "CURIO_ENCRYPTION_KEY", Base64.getEncoder().encodeToString("journeys-encryption-key-32-bytes".getBytes()),
                "SLACK_API_URL", api.url(), "REDIS_URL", redis.url(), "QUARTZ_JDBC_URL", quartz.url()));
        Optional.ofNullable(System.getProperty("curio.bench.in-flight")).ifPresent(n -> settings.put("CURIO_OUTBOX_IN_FLIGHT", n));
        Optional.ofNullable(System.getProperty("curio.bench.senders")).ifPresent(n -> settings.put("CURIO_OUTBOX_SENDERS", n));
        Optional.ofNullable(System.getProperty("curio.bench.jvm-options")).ifPresent(o -> settings.put("JDK_JAVA_OPTIONS", o));
        return settings;
    }

    /** Each workspace's admin installs Curio; the install page's limit of 10 visits a minute per client is lifted between visits. */
    private static void install(CurioJar curio, OwnRedis redis) throws IOException, InterruptedException {
        SlackInstaller admin = new SlackInstaller(curio);
        for (int w = 0; w < WORKSPACES; w++) {
            redis.keys("curio:slack:install-rate:*").forEach(k -> redis.client().del(k));
            var back = admin.returnWith(admin.start(), "code-" + w);
            if (back.statusCode() >= 400) {
                throw new AssertionError("installing workspace " + w + " failed: " + back.statusCode() + " " + back.body());
            }
        }
    }

    /**
     * The template learner enrols over chat in workspace 0, with its prompt at the first whole minute
     * after the clones are seeded (20 s and 10 s per 50,000 learners ahead).
     */
    private static ZonedDateTime enrolTemplate(CurioJar curio, FakeSlackWebApi api, OwnRedis redis) {
        SlackWorkspace workspace = new SlackWorkspace(api, new SlackRequests(curio.uri("/slack/events")), team(0));
        ZonedDateTime due = ZonedDateTime.now(ZONE).plusSeconds(20 + LEARNERS / 5_000).withSecond(0).withNano(0).plusMinutes(1);
        workspace.say(TEMPLATE, "start", "");
        workspace.say(TEMPLATE, "days mon-sun", "");
        LearnersZone.promptAt(workspace, TEMPLATE, due);
        String learner = "slack:" + team(0) + "|" + TEMPLATE;
        Await.until(() -> Optional.ofNullable(redis.client().hget("curio:{slack:" + team(0) + "}:cohorts", learner)),
                () -> "the template learner joined no cohort", Duration.ofSeconds(20));
        return due;
    }

    /** The prompts the clones got since call {@code from}: learner (their DM), workspace (of the token), when. */
    private static List<FanOutFigures.Accepted> prompts(FakeSlackWebApi api, int from, Map<String, String> workspaceOfToken) {
        String templateDm = SlackWorkspace.dm(TEMPLATE);
        return api.callsSince(from, "chat.postMessage").stream()
                .map(c -> new FanOutFigures.Accepted(SlackWorkspace.dm(c.has("channel")), workspaceOfToken.get(c.token()), c.at()))
                .filter(p -> !p.learner().equals(templateDm)).toList();
    }

    private static void report(String figures) throws IOException {
        String line = String.format("FAN-OUT BENCHMARK %s: %d replica(s), %,d learners in %,d workspaces, %d ms platform latency, "
                        + "jar %s: %s", Instant.now(), REPLICAS, LEARNERS, WORKSPACES, LATENCY.toMillis(),
                System.getProperty("curio.jar", "bot/target"), figures);
        System.out.println(line);
        Path results = Path.of("target", "benchmarks", "fan-out.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Calls of each Redis command so far ({@code INFO commandstats}). */
    private static Map<String, Long> commands(OwnRedis redis) {
        Map<String, Long> calls = new HashMap<>();
        for (String line : redis.client().info("commandstats").split("\\r?\\n")) {
            if (line.startsWith("cmdstat_")) {
                String name = line.substring("cmdstat_".length(), line.indexOf(':'));
                String count = line.substring(line.indexOf("calls=") + "calls=".length());
                calls.put(name, Long.parseLong(count.substring(0, count.indexOf(','))));
            }
        }
        return calls;
    }

    /** The commands Redis ran meanwhile, per learner, most first ("evalsha 4.02, set 2.00, ..."). */
    private static String perLearner(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> ran = new HashMap<>();
        after.forEach((command, calls) -> ran.put(command, calls - before.getOrDefault(command, 0L)));
        long total = ran.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%.2f in all (", (double) total / LEARNERS) + ran.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.2f", e.getKey(), (double) e.getValue() / LEARNERS))
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    /** CPU seconds the replicas, Redis and this JVM (the fake Slack) used from the start of the wait. */
    private static final class CpuUse {
        private final List<CurioJar> replicas;
        private final OwnRedis redis;
        private final double[] start;

        CpuUse(List<CurioJar> replicas, OwnRedis redis) {
            this.replicas = replicas;
            this.redis = redis;
            this.start = now();
        }

        private double[] now() {
            double jars = replicas.stream().mapToLong(r -> r.cpu().toMillis()).sum() / 1000.0;
            var info = redis.client().info("cpu");
            double server = java.util.Arrays.stream(info.split("\r?\n")).filter(l -> l.startsWith("used_cpu_user:")
                    || l.startsWith("used_cpu_sys:")).mapToDouble(l -> Double.parseDouble(l.split(":")[1])).sum();
            double fake = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            return new double[] {jars, server, fake};
        }

        String since() {
            double[] end = now();
            return String.format("jar(s) %.1f s, Redis %.1f s, fake Slack and benchmark %.1f s", end[0] - start[0],
                    end[1] - start[1], end[2] - start[2]);
        }
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> open, T closeable) {
        open.add(0, closeable);
        return closeable;
    }

    static String token(int workspace) {
        return String.format("xoxb-bench-%05d", workspace);
    }

    static String team(int workspace) {
        return String.format("TB%05d", workspace);
    }

    static String user(int i) {
        return String.format("U%08d", i);
    }
}
