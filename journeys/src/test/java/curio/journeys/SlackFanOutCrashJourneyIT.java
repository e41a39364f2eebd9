package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cohort fan-out survives {@code kill -9} without a missed or doubled prompt: {@link SlackFanOut}'s
 * learners share a prompt time, the jar is killed once half of them got their prompt and started
 * again on the same Redis. Every learner then has exactly one prompt in their DM: those whose post
 * Slack had accepted when the jar died are found in the DM's history (message metadata) instead of
 * being posted again.
 */
class SlackFanOutCrashJourneyIT {

    static final String TOKEN = "xoxb-fanout-0001";
    static final String TEAM = "T0FANOUT1";
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Fan-out Co");

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-fanout-crash", () -> SlackFanOut.settings(TOKEN, API, REDIS))
            .closingAfterwards(API, REDIS);

    @Test
    void noLearnerIsMissedOrPromptedTwiceAfterAKillMidFanOut() throws Exception {
        SlackFanOut fanOut = new SlackFanOut(API, REDIS, TEAM).seed(CURIO, "fan-out");
        fanOut.awaitPrompted(SlackFanOut.LEARNERS / 2);
        CURIO.kill();
        int beforeKill = fanOut.prompted();
        CURIO.restart();
        fanOut.awaitEveryone();

        long missed = fanOut.missed();
        long twice = fanOut.twice();
        long found = CURIO.log().lines().filter(l -> l.contains("already in the conversation: not sent again")).count();
        long resent = CURIO.log().lines().filter(l -> l.contains("not in the conversation: sending it again")).count();
        System.out.printf("fan-out kill -9 journey: %d learners, %d prompted before the kill, %d after the restart, "
                        + "%d missed, %d twice; recovered in-flight entries: %d found already delivered by the lookup, "
                        + "%d not found and sent; %d conversations.history lookups%n", SlackFanOut.LEARNERS, beforeKill,
                fanOut.prompted() - beforeKill, missed, twice, found, resent, API.calls("conversations.history").size());
        assertEquals(0, missed, "learners without a prompt");
        assertEquals(0, twice, "learners with a second copy of the prompt");
    }
}
