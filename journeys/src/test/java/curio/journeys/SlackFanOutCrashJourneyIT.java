package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cohort fan-out survives {@code kill -9} without a missed or doubled prompt: {@value #DEFAULT_LEARNERS}
 * learners (system property {@code curio.journeys.fanout-learners}) share a prompt time a minute or two
 * ahead, the fake Web API answers chat.postMessage slowly (8 calls may be in flight, one per
 * sender), the jar is killed once half of them got
 * their prompt and started again on the same Redis. Every learner then has exactly one prompt in
 * their DM: those whose post Slack had accepted when the jar died are found in the DM's history
 * (message metadata) instead of being posted again.
 */
class SlackFanOutCrashJourneyIT {

    static final int DEFAULT_LEARNERS = 2_000;
    static final int LEARNERS = Integer.getInteger("curio.journeys.fanout-learners", DEFAULT_LEARNERS);
    static final String TOKEN = "xoxb-fanout-0001";
    static final String TEAM = "T0FANOUT1";
    /** Generous: a loaded 2-core box sends about 90 prompts a second through the slow fake. */
    static final Duration SENDING_TIME = Duration.ofSeconds(Math.max(120, LEARNERS / 30));
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Fan-out Co");

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-fanout-crash", () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
                    "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", API.url(), "REDIS_URL", REDIS.url(),
                    "CURIO_OUTBOX_CLAIM_IDLE", "5s", "CURIO_OUTBOX_SENDERS", "8", "CURIO_OUTBOX_SLACK_PER_SECOND", "5000",
                    "CURIO_SLACK_CALLS_IN_FLIGHT", "8"))
            .closingAfterwards(API, REDIS);

    @Test
    void noLearnerIsMissedOrPromptedTwiceAfterAKillMidFanOut() throws Exception {
        PromptFanOut fanOut = new PromptFanOut(API, REDIS, TEAM, LEARNERS);
        ZonedDateTime promptAt = fanOut.enrol(new SlackWorkspace(API, new SlackRequests(CURIO.uri("/slack/events")), TEAM));
        API.slow("chat.postMessage", Duration.ofMillis(20));
        int from = API.count();

        Await.until(() -> fanOut.prompts(from).size() >= LEARNERS / 2 ? Optional.of(true) : Optional.empty(),
                () -> fanOut.prompts(from).size() + " of " + LEARNERS + " prompted", PromptFanOut.until(promptAt, SENDING_TIME));
        CURIO.kill();
        int beforeKill = fanOut.prompts(from).size();
        CURIO.restart();
        Await.until(() -> fanOut.done(from) ? Optional.of(true) : Optional.empty(),
                () -> (LEARNERS - fanOut.prompts(from).size()) + " of " + LEARNERS + " learners have no prompt", SENDING_TIME);
        Thread.sleep(2_000); // a late second copy would show up here

        Map<String, Long> after = fanOut.prompts(from);
        long missed = fanOut.missed(after);
        long twice = PromptFanOut.twice(after);
        long found = CURIO.log().lines().filter(l -> l.contains("already in the conversation: not sent again")).count();
        long resent = CURIO.log().lines().filter(l -> l.contains("not in the conversation: sending it again")).count();
        System.out.printf("fan-out kill -9 journey: %d learners, %d prompted before the kill, %d after the restart, "
                        + "%d missed, %d twice; recovered in-flight entries: %d found already delivered by the lookup, "
                        + "%d not found and sent; %d conversations.history lookups%n", LEARNERS, beforeKill,
                after.size() - beforeKill, missed, twice, found, resent, API.calls("conversations.history").size());
        assertEquals(0, missed, "learners without a prompt");
        assertEquals(0, twice, "learners with a second copy of the prompt");
    }
}
