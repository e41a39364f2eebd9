package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A supervisor stops Curio ({@code SIGTERM}) in the middle of {@link SlackFanOut}'s fan-out and starts
 * it again: the jar exits within its drain timeout and a margin, the prompts it had in hand are sent
 * before it exits or stay pending in Redis, and after the start every learner has exactly one prompt.
 */
class SlackGracefulStopJourneyIT {

    static final Duration DRAIN = Duration.ofSeconds(10);
    /** For the rest of the shutdown: the Slack inbox's own drain, Quartz, the HTTP server. */
    static final Duration MARGIN = Duration.ofSeconds(15);
    static final String TOKEN = "xoxb-graceful-0001";
    static final String TEAM = "T0GRACE01";
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "Graceful Co");

    @RegisterExtension
    static final CurioJar CURIO = CurioJar.named("slack-graceful-stop", SlackGracefulStopJourneyIT::settings)
            .closingAfterwards(API, REDIS);

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aStopMidFanOutSendsEveryPromptOnceBeforeOrAfterTheRestart() throws Exception {
        SlackFanOut fanOut = new SlackFanOut(API, REDIS, TEAM).seed(CURIO, "graceful stop");
        fanOut.awaitPrompted(SlackFanOut.LEARNERS / 2);
        int atStop = fanOut.prompted();
        Duration exit = CURIO.stop(DRAIN.plus(MARGIN));
        int whileStopping = fanOut.prompted() - atStop;
        long left = REDIS.client().xlen("curio:{outbox}:stream");
        CURIO.restart();
        fanOut.awaitEveryone();

        System.out.printf("graceful stop journey: %d learners, %d prompted at SIGTERM, %d while stopping, exit after %d ms "
                        + "(drain timeout %d s), %d outbox entries left pending, %d prompted after the restart; %d missed, "
                        + "%d twice; %d conversations.history lookups%n", SlackFanOut.LEARNERS, atStop, whileStopping,
                exit.toMillis(), DRAIN.toSeconds(), left, fanOut.prompted() - atStop - whileStopping, fanOut.missed(),
                fanOut.twice(), API.calls("conversations.history").size());
        assertTrue(exit.compareTo(DRAIN.plus(MARGIN)) < 0, "exit after " + exit);
        assertEquals(0, fanOut.missed(), "learners without a prompt");
        assertEquals(0, fanOut.twice(), "learners with a second copy of the prompt");
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(SlackFanOut.settings(TOKEN, API, REDIS));
        settings.put("CURIO_OUTBOX_DRAIN_TIMEOUT", DRAIN.toSeconds() + "s");
        return settings;
    }
}
