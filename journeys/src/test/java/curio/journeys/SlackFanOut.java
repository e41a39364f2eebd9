package curio.journeys;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Learners of one Slack workspace ({@value #DEFAULT_LEARNERS} unless told, system property
 * {@code curio.journeys.fanout-learners}) who share a prompt time a minute or two ahead: one learner
 * enrols over DM, {@link LearnerClones} copies them, and the fake Web API answers chat.postMessage
 * slowly, so a journey can do something to the jar or its Redis while the prompts go out, then count
 * who got none ({@link #missed}) and who got two ({@link #twice}).
 */
final class SlackFanOut {

    static final int DEFAULT_LEARNERS = 2_000;
    static final int LEARNERS = Integer.getInteger("curio.journeys.fanout-learners", DEFAULT_LEARNERS);
    /** Generous: a loaded 2-core box sends about 90 prompts a second through the slow fake. */
    static final Duration SENDING_TIME = Duration.ofSeconds(Math.max(120, LEARNERS / 30));
    static final ZoneId ZONE = LearnersZone.ZONE;
    static final String TEMPLATE = "U99999999";

    private final FakeSlackWebApi api;
    private final OwnRedis redis;
    private final String team;
    private final int learners;
    private ZonedDateTime promptAt;
    private int from;

    SlackFanOut(FakeSlackWebApi api, OwnRedis redis, String team) {
        this(api, redis, team, LEARNERS);
    }

    SlackFanOut(FakeSlackWebApi api, OwnRedis redis, String team, int learners) {
        this.api = api;
        this.redis = redis;
        this.team = team;
        this.learners = learners;
    }

    /**
     * The jar's settings: {@code token}'s workspace on the fake, Curio on {@code redis}, 8 senders
     * without a rate limit and 8 Slack calls in flight (one per sender).
     */
    static Map<String, String> settings(String token, FakeSlackWebApi api, OwnRedis redis) {
        return Map.of("SLACK_BOT_TOKEN", token, "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", api.url(),
                "REDIS_URL", redis.url(), "CURIO_OUTBOX_CLAIM_IDLE", "5s", "CURIO_OUTBOX_SENDERS", "8",
                "CURIO_OUTBOX_SLACK_PER_SECOND", "5000", "CURIO_SLACK_CALLS_IN_FLIGHT", "8");
    }

    /** The template learner enrols over {@code curio}'s events endpoint, the clones are written, the posts slowed down. */
    SlackFanOut seed(CurioJar curio, String journey) {
        SlackWorkspace workspace = new SlackWorkspace(api, new SlackRequests(curio.uri("/slack/events")), team);
        promptAt = promptTime();
        workspace.say(TEMPLATE, "start", "");
        workspace.say(TEMPLATE, "days mon-sun", "");
        LearnersZone.promptAt(workspace, TEMPLATE, promptAt);
        Await.until(() -> Optional.ofNullable(redis.client().hget("curio:{slack:" + team + "}:cohorts", "slack:" + team + "|" + TEMPLATE)),
                () -> "the template learner joined no cohort", Duration.ofSeconds(20));
        long seeding = System.nanoTime();
        new LearnerClones(redis.client(), TEMPLATE, SlackWorkspace.dm(TEMPLATE)).clone(learners, SlackFanOut::user,
                SlackWorkspace::dm);
        System.out.printf("%s journey: %d learners seeded in %d ms, prompt at %s%n", journey, learners,
                (System.nanoTime() - seeding) / 1_000_000, promptAt);
        api.slow("chat.postMessage", Duration.ofMillis(20));
        from = api.count();
        return this;
    }

    /** Waits until {@code count} learners have their prompt (the prompt time, then the sending). */
    void awaitPrompted(int count) {
        awaitPrompted(count, SENDING_TIME);
    }

    /** As {@link #awaitPrompted(int)}, allowing {@code sending} after the prompt time. */
    void awaitPrompted(int count, Duration sending) {
        Duration untilDue = Duration.between(ZonedDateTime.now(ZONE), promptAt);
        Await.until(() -> prompted() >= count ? Optional.of(true) : Optional.empty(),
                () -> prompted() + " of " + learners + " prompted", untilDue.plus(sending));
    }

    /** Waits until every learner has a prompt and the outbox is empty, then a little for late second copies. */
    void awaitEveryone() throws InterruptedException {
        awaitEveryone(SENDING_TIME);
    }

    /** As {@link #awaitEveryone()}, allowing {@code sending}. */
    void awaitEveryone(Duration sending) throws InterruptedException {
        Await.until(() -> prompted() >= learners && drained() ? Optional.of(true) : Optional.empty(),
                () -> (learners - prompted()) + " of " + learners + " learners have no prompt", sending);
        Thread.sleep(2_000); // a late second copy would show up here
    }

    /** The number of learners. */
    int learners() {
        return learners;
    }

    /** How many learners have a prompt in their DM so far. */
    int prompted() {
        return prompts().size();
    }

    long missed() {
        Map<String, Long> prompts = prompts();
        return IntStream.range(0, learners).filter(i -> !prompts.containsKey(SlackWorkspace.dm(user(i)))).count();
    }

    long twice() {
        return prompts().values().stream().filter(n -> n > 1).count();
    }

    /**
     * Prompts posted to the cloned learners' DMs since {@link #seed}, per DM (not the template's, nor
     * other people's; a call the fake refused posted nothing).
     */
    private Map<String, Long> prompts() {
        return api.postedSince(from).stream().map(c -> c.has("channel")).map(SlackWorkspace::dm)
                .filter(this::learnersDm).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The chat.postMessage calls to the cloned learners' DMs since {@link #seed}, refused ones too. */
    List<FakeSlackWebApi.Call> calls() {
        return api.callsSince(from, "chat.postMessage").stream().filter(c -> learnersDm(SlackWorkspace.dm(c.has("channel"))))
                .toList();
    }

    /** The index of the fake's first call after {@link #seed}. */
    int from() {
        return from;
    }

    private boolean learnersDm(String dm) {
        return dm.matches("D\\d{8}") && Integer.parseInt(dm.substring(1)) < learners;
    }

    private boolean drained() {
        return redis.client().xlen("curio:{outbox}:stream") == 0;
    }

    /** The next whole minute at least 40 s ahead in the learners' zone, so seeding finishes before it. */
    private ZonedDateTime promptTime() {
        ZonedDateTime at = ZonedDateTime.now(ZONE).plusSeconds(40).withSecond(0).withNano(0).plusMinutes(1);
        return learners > 5_000 ? at.plusMinutes(1) : at;
    }

    static String user(int i) {
        return String.format("U%08d", i);
    }
}
