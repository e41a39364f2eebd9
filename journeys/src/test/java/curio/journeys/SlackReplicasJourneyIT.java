package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Protocol;

/**
 * Replicas on one Redis and one PostgreSQL ({@code QUARTZ_JDBC_URL}, a fresh schema): learners due the
 * same minute, enrolled through replica A's endpoint, get exactly one prompt each with two replicas and
 * then three. The replica that holds the cohort's trigger, killed ({@code kill -9}) a few seconds before
 * the due minute or in its fan-out, leaves it to another once Quartz finds the holder dead. The sweeps'
 * ticks, read from the replicas' logs, run once per cluster. Skipped without the PostgreSQL on
 * 127.0.0.1:5432. Which replica makes a cohort is not the journey's choice: Slack events go through a
 * Redis inbox that any replica reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlackReplicasJourneyIT {

    static final int LEARNERS = Integer.getInteger("curio.journeys.replica-learners", 300);
    static final String TOKEN = "xoxb-replicas-0001";
    static final String TEAM = "T0REPLICA";
    /** Quartz's cluster check-in interval, Curio's default ({@code curio.quartz.checkin-interval}). */
    static final Duration CHECKIN = Duration.ofMillis(7500);
    /** Quartz finds an instance dead a check-in interval plus this after its last check-in (its own constant). */
    static final Duration QUARTZ_GRACE = Duration.ofMillis(7500);
    static final Duration SENDING_TIME = Duration.ofSeconds(60);
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Replicas Co");

    @RegisterExtension
    @Order(1)
    static final QuartzSchema SCHEMA = new QuartzSchema();
    @RegisterExtension
    @Order(2)
    static final CurioJar A = replica("a").closingAfterwards(API, REDIS);
    @RegisterExtension
    @Order(3)
    static final CurioJar B = replica("b");
    @RegisterExtension
    @Order(4)
    static final CurioJar C = replica("c").startedByTheJourney();

    static CurioJar replica(String name) {
        return CurioJar.named("slack-replica-" + name, () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
                "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", API.url(), "REDIS_URL", REDIS.url(),
                "QUARTZ_JDBC_URL", SCHEMA.jdbcUrl(), "LOGGER_LEVELS_CURIO_STORE", "DEBUG"));
    }

    @Test
    @Order(1)
    void twoReplicasGiveEachLearnerOnePrompt() throws Exception {
        onePromptEach(new DueLearners(REDIS, TEAM, '1', LEARNERS), "two replicas", List.of(A, B));
    }

    @Test
    @Order(2)
    void threeReplicasGiveEachLearnerOnePrompt() throws Exception {
        running(C);
        onePromptEach(new DueLearners(REDIS, TEAM, '2', LEARNERS), "three replicas", List.of(A, B, C));
    }

    @Test
    @Order(3)
    void theReplicaHoldingTheCohortKilledBeforeItIsDueLeavesTheFireToTheOthers() throws Exception {
        running(C);
        DueLearners learners = new DueLearners(REDIS, TEAM, '3', LEARNERS);
        Held held = heldTrigger(learners);
        Thread.sleep(Math.max(0, millisUntil(learners.promptAt()) - 3_000));
        long early = millisUntil(learners.promptAt());
        held.replica().kill();
        takenOver(learners, held, System.nanoTime(), "killed " + early + " ms before the due minute");
    }

    @Test
    @Order(4)
    void theReplicaKilledWhileItFansOutLeavesTheFanOutToTheOthers() throws Exception {
        for (CurioJar replica : List.of(A, B, C)) {
            running(replica);   // the one killed before is back
        }
        DueLearners learners = new DueLearners(REDIS, TEAM, '4', LEARNERS);
        Held held = heldTrigger(learners);
        Thread.sleep(Math.max(0, millisUntil(learners.promptAt()) - 1_000));
        // Redis holds every write back, so the holder's fan-out stalls at its first XADD: it dies with the job running
        REDIS.client().sendCommand(Protocol.Command.CLIENT, "PAUSE", "15000", "WRITE");
        long killed;
        try {
            Await.until(() -> SCHEMA.column("SELECT state FROM qrtz_fired_triggers WHERE trigger_name = '" + learners.cohort()
                    + "'").stream().filter("EXECUTING"::equals).findFirst(), () -> "the holder did not start the fan-out",
                    Duration.ofSeconds(10));
            held.replica().kill();
            killed = System.nanoTime();
        } finally {
            REDIS.client().sendCommand(Protocol.Command.CLIENT, "UNPAUSE");
        }
        takenOver(learners, held, killed, "killed " + -millisUntil(learners.promptAt()) + " ms after the due minute, in its fan-out");
    }

    /** Which replica holds the trigger of a cohort made through A, due the next minute. */
    private record Held(int index, CurioJar replica, int from) {
    }

    /** The learners, enrolled through A, are due the next minute; the replica Quartz gave their trigger. */
    private static Held heldTrigger(DueLearners learners) throws Exception {
        SlackWorkspace viaA = workspace(A);
        learners.enrol(viaA);
        // Quartz takes a trigger due within 30 s at once on the replica that made it (the others look
        // again only after their idle wait): made 25 s ahead, that replica holds it until it is due
        ZonedDateTime due = DueLearners.nextMinute(Duration.ofSeconds(30));
        Thread.sleep(Math.max(0, millisUntil(due) - 25_000));
        int from = API.count();
        learners.promptAt(viaA, due);
        String instance = Await.until(() -> SCHEMA.column("SELECT instance_name FROM qrtz_fired_triggers WHERE trigger_name = '"
                + learners.cohort() + "'").stream().findFirst(), () -> "no replica took the trigger of " + learners.cohort(),
                Duration.ofMillis(Math.max(1_000, millisUntil(due))));
        List<CurioJar> replicas = List.of(A, B, C);
        int holder = replicas.stream().map(SlackReplicasJourneyIT::instance).toList().indexOf(instance);
        assertTrue(holder >= 0, "the trigger is held by " + instance + ", none of the replicas");
        return new Held(holder, replicas.get(holder), from);
    }

    /** After the holder was killed, the others send each learner one prompt, within two check-ins and Quartz's grace. */
    private static void takenOver(DueLearners learners, Held held, long killed, String when) throws InterruptedException {
        Await.until(() -> learners.prompts(API, held.from()).isEmpty() ? Optional.empty() : Optional.of(true),
                () -> "no prompt since the holder was killed", CHECKIN.multipliedBy(2).plus(QUARTZ_GRACE).plus(SENDING_TIME));
        Duration toFirstPrompt = Duration.ofNanos(System.nanoTime() - killed);
        Map<String, Long> prompts = allPrompted(learners, held.from());
        System.out.printf("replicas journey (kill -9): %d learners, 3 replicas, %c (holding the cohort's trigger) %s, %d prompts, "
                        + "%d missed, %d twice, %d ms from the kill to the first prompt by a survivor (check-in %d ms); "
                        + "fanned out by %s%n", LEARNERS, 'A' + held.index(), when, prompts.values().stream().mapToLong(n -> n).sum(),
                learners.missed(prompts), DueLearners.twice(prompts), toFirstPrompt.toMillis(), CHECKIN.toMillis(),
                fannedOutBy(learners, List.of(A, B, C)));
        assertEquals(0, learners.missed(prompts), "learners without a prompt");
        assertEquals(0, DueLearners.twice(prompts), "learners with a second copy of the prompt");
        assertTrue(toFirstPrompt.compareTo(CHECKIN.multipliedBy(2).plus(QUARTZ_GRACE).plusSeconds(10)) <= 0,
                "a survivor took over within two check-ins and Quartz's grace: " + toFirstPrompt);
    }

    @Test
    @Order(5)
    void theSweepsRunOncePerClusterNotOncePerReplica() {
        SweepTicks ticks = SweepTicks.read(Map.of("a", A.log(), "b", B.log(), "c", C.log()));
        System.out.println("replicas journey (sweeps): " + ticks);
        assertTrue(ticks.left("challenge-boards") > 0, "no replica ever left a challenge-boards tick to another: " + ticks);
        ticks.longestWithoutRun("challenge-boards").ifPresent(gap -> assertTrue(gap.compareTo(Duration.ofSeconds(30)) <= 0,
                "the cluster went " + gap + " without a challenge-boards tick (every 15 s)"));
        for (String sweep : ticks.sweeps()) {
            Duration lease = SweepTicks.lease(sweep);
            ticks.closestRuns(sweep).ifPresent(gap -> assertTrue(gap.compareTo(lease.minusSeconds(1)) >= 0,
                    sweep + " ran twice within its lease of " + lease + ": " + gap + " apart"));
        }
    }

    /** The learners, enrolled through A, are due the next minute; each gets one prompt from the {@code replicas}. */
    private static void onePromptEach(DueLearners learners, String scenario, List<CurioJar> replicas) throws Exception {
        SlackWorkspace viaA = workspace(A);
        int from = API.count();
        learners.enrol(viaA);
        learners.promptAt(viaA, DueLearners.nextMinute(Duration.ofSeconds(25)));
        Map<String, Long> prompts = allPrompted(learners, from);
        System.out.printf("replicas journey (%s): %d learners, %d replicas, %d prompts, %d missed, %d twice; enrolled through A, "
                        + "fanned out by %s%n", scenario, LEARNERS, replicas.size(), prompts.values().stream().mapToLong(n -> n).sum(),
                learners.missed(prompts), DueLearners.twice(prompts), fannedOutBy(learners, replicas));
        assertEquals(0, learners.missed(prompts), "learners without a prompt");
        assertEquals(0, DueLearners.twice(prompts), "learners with a second copy of the prompt");
    }

    /** Waits until every learner has a prompt, then a little more for a late second copy. */
    private static Map<String, Long> allPrompted(DueLearners learners, int from) throws InterruptedException {
        Duration wait = Duration.ofMillis(Math.max(0, millisUntil(learners.promptAt()))).plus(QUARTZ_GRACE)
                .plus(CHECKIN.multipliedBy(2)).plus(SENDING_TIME);
        Await.until(() -> learners.prompts(API, from).size() >= learners.count() ? Optional.of(true) : Optional.empty(),
                () -> learners.missed(learners.prompts(API, from)) + " of " + learners.count() + " learners have no prompt", wait);
        Thread.sleep(3_000);
        return learners.prompts(API, from);
    }

    /** Which replicas logged the fan-out of the learners' cohort. */
    private static String fannedOutBy(DueLearners learners, List<CurioJar> replicas) {
        String line = "Cohort " + learners.cohort() + " due at";
        StringBuilder by = new StringBuilder();
        for (int i = 0; i < replicas.size(); i++) {
            if (replicas.get(i).log().contains(line)) {
                by.append(by.length() == 0 ? "" : " and ").append((char) ('A' + i));
            }
        }
        return by.length() == 0 ? "none" : by.toString();
    }

    /** The Quartz instance the replica logged at its latest start. */
    private static String instance(CurioJar replica) {
        Matcher logged = Pattern.compile("job store, instance (\\S+) of").matcher(replica.log());
        String instance = null;
        while (logged.find()) {
            instance = logged.group(1);
        }
        assertTrue(instance != null, "the replica logged no Quartz instance");
        return instance;
    }

    private static void running(CurioJar replica) throws Exception {
        if (!replica.alive()) {
            replica.launch();
        }
    }

    private static SlackWorkspace workspace(CurioJar replica) {
        return new SlackWorkspace(API, new SlackRequests(replica.uri("/slack/events")), TEAM);
    }

    private static long millisUntil(ZonedDateTime at) {
        return Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis();
    }
}
