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
 * Many Slack learners whose daily prompt is due the same minute. One template learner enrols over chat
 * ({@code start}, {@code days mon-sun}, {@code time prompt HH:MM}) through the jar behind the
 * workspace it is given, which makes the cohort and its trigger there; {@link LearnerClones} then
 * copies the template into {@code count} learners in Redis. A series (one digit) keeps the learners
 * of several such groups in one workspace apart: {@code U<series>0000000} on, template {@code U<series>9999999}.
 */
final class DueLearners {

    static final ZoneId ZONE = LearnersZone.ZONE;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final OwnRedis redis;
    private final String team;
    private final char series;
    private final int count;
    private ZonedDateTime promptAt;

    DueLearners(OwnRedis redis, String team, char series, int count) {
        this.redis = redis;
        this.team = team;
        this.series = series;
        this.count = count;
    }

    /** The next whole minute at least {@code lead} ahead in the learners' zone. */
    static ZonedDateTime nextMinute(Duration lead) {
        return ZonedDateTime.now(ZONE).plus(lead).withSecond(0).withNano(0).plusMinutes(1);
    }

    String template() {
        return "U" + series + "9999999";
    }

    String user(int i) {
        return String.format("U%c%07d", series, i);
    }

    int count() {
        return count;
    }

    ZonedDateTime promptAt() {
        return promptAt;
    }

    /** The cohort they are in once {@link #promptAt(SlackWorkspace, ZonedDateTime)} moved them, as Curio names it. */
    String cohort() {
        return ZONE.getId() + "|" + promptAt.format(HH_MM) + "|MON-SUN|PROMPT";
    }

    /** The template enrols with every day a working day; its prompt time is still the default. */
    void enrol(SlackWorkspace workspace) {
        workspace.say(template(), "start", "");
        workspace.say(template(), "days mon-sun", "");
    }

    /** The template moves its prompt to {@code at} (the cohort is made on the jar it talks to), then the clones are made. */
    void promptAt(SlackWorkspace workspace, ZonedDateTime at) {
        promptAt = at;
        LearnersZone.promptAt(workspace, template(), at);
        String member = "slack:" + team + "|" + template();
        Await.until(() -> Optional.ofNullable(redis.client().hget("curio:{slack:" + team + "}:cohorts", member))
                        .filter(cohorts -> cohorts.contains(cohort())),
                () -> "the template learner is not in " + cohort(), Duration.ofSeconds(20));
        new LearnerClones(redis.client(), template(), SlackWorkspace.dm(template())).clone(count, this::user, SlackWorkspace::dm);
    }

    /** The scheduled prompts Slack received for the clones since call {@code from}, per DM. */
    Map<String, Long> prompts(FakeSlackWebApi api, int from) {
        String clones = "D" + series;
        return api.callsSince(from, "chat.postMessage").stream().filter(c -> c.has("metadata").contains(":PROMPT\""))
                .map(c -> c.has("channel")).map(SlackWorkspace::dm)
                .filter(dm -> dm.startsWith(clones) && !dm.equals(SlackWorkspace.dm(template())))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    long missed(Map<String, Long> prompts) {
        return IntStream.range(0, count).filter(i -> !prompts.containsKey(SlackWorkspace.dm(user(i)))).count();
    }

    static long twice(Map<String, Long> prompts) {
        return prompts.values().stream().filter(n -> n > 1).count();
    }
}
