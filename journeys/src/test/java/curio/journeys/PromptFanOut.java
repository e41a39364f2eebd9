package curio.journeys;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Many learners of one Slack workspace due for their prompt in the same minute: one learner enrols
 * over chat (every day, a prompt time a minute or two ahead), the others are its clones
 * ({@link LearnerClones}), user ids {@code U00000000} on. Counts the prompts that reached each DM.
 */
final class PromptFanOut {

    static final String TEMPLATE = "U99999999";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // the recorded users.info's tz

    private final FakeSlackWebApi api;
    private final OwnRedis redis;
    private final String team;
    private final int learners;

    PromptFanOut(FakeSlackWebApi api, OwnRedis redis, String team, int learners) {
        this.api = api;
        this.redis = redis;
        this.team = team;
        this.learners = learners;
    }

    /** Enrols the template over chat and clones it; returns when their prompt is due. */
    ZonedDateTime enrol(SlackWorkspace workspace) {
        ZonedDateTime promptAt = promptTime();
        workspace.say(TEMPLATE, "start", "");
        workspace.say(TEMPLATE, "days mon-sun", "");
        workspace.say(TEMPLATE, "time prompt " + promptAt.format(DateTimeFormatter.ofPattern("HH:mm")), "");
        Await.until(() -> Optional.ofNullable(redis.client().hget("curio:{slack:" + team + "}:cohorts", "slack:" + team + "|" + TEMPLATE)),
                () -> "the template learner joined no cohort", Duration.ofSeconds(20));
        long seeding = System.nanoTime();
        new LearnerClones(redis.client(), TEMPLATE, SlackWorkspace.dm(TEMPLATE)).clone(learners, PromptFanOut::user,
                SlackWorkspace::dm);
        System.out.printf("fan-out: %d learners seeded in %d ms, prompt at %s%n", learners,
                (System.nanoTime() - seeding) / 1_000_000, promptAt);
        return promptAt;
    }

    /** How long until {@code promptAt}, plus {@code sending}. */
    static Duration until(ZonedDateTime promptAt, Duration sending) {
        return Duration.between(ZonedDateTime.now(ZONE), promptAt).plus(sending);
    }

    /** Prompts that reached the clones' DMs since call {@code from}, per DM. */
    Map<String, Long> prompts(int from) {
        return api.postedSince(from).stream().map(c -> SlackWorkspace.dm(c.has("channel")))
                .filter(c -> !c.equals(SlackWorkspace.dm(TEMPLATE)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    long missed(Map<String, Long> prompts) {
        return IntStream.range(0, learners).filter(i -> !prompts.containsKey(SlackWorkspace.dm(user(i)))).count();
    }

    static long twice(Map<String, Long> prompts) {
        return prompts.values().stream().filter(n -> n > 1).count();
    }

    /** Every learner has a prompt and the outbox holds nothing more. */
    boolean done(int from) {
        return prompts(from).size() >= learners && redis.client().xlen("curio:{outbox}:stream") == 0;
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
