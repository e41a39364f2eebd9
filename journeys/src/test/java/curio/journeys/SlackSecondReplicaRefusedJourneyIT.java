package curio.journeys;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without {@code QUARTZ_JDBC_URL} the schedule is one replica's: a second Curio started that way on the
 * same Redis exits at start with a message naming {@code QUARTZ_JDBC_URL}, and the first keeps
 * answering and keeps its lease. Needs no PostgreSQL.
 */
class SlackSecondReplicaRefusedJourneyIT {

    static final String TOKEN = "xoxb-inmemory-0001";
    static final String TEAM = "T0INMEMO1";
    static final OwnRedis REDIS = new OwnRedis();
    static final FakeSlackWebApi API = new FakeSlackWebApi().workspace(TOKEN, TEAM, "In-memory Co");

    @RegisterExtension
    @Order(1)
    static final CurioJar FIRST = replica("first").closingAfterwards(API, REDIS);
    @RegisterExtension
    @Order(2)
    static final CurioJar SECOND = replica("second").startedByTheJourney()
            .expectingInLog("ERROR i\\.m\\.runtime\\.Micronaut - Error starting Micronaut server: ");

    static CurioJar replica(String name) {
        return CurioJar.named("slack-in-memory-" + name, () -> Map.of("SLACK_BOT_TOKEN", TOKEN,
                "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL", API.url(), "REDIS_URL", REDIS.url()));
    }

    @Test
    void aSecondCurioOnTheSameRedisWithoutQuartzJdbcUrlIsRefusedAndTheFirstCarriesOn() throws Exception {
        SlackWorkspace first = new SlackWorkspace(API, new SlackRequests(FIRST.uri("/slack/events")), TEAM);
        first.say("U0000000A", "start", "");
        long starting = System.nanoTime();
        int exit = SECOND.launchExpectingExit(Duration.ofSeconds(60));
        long took = (System.nanoTime() - starting) / 1_000_000;
        String refusal = SECOND.log().lines().filter(l -> l.contains("QUARTZ_JDBC_URL")).findFirst().orElse("(none)");
        first.say("U0000000B", "start", "");
        String lease = REDIS.get("curio:schedule:in-memory");
        System.out.printf("in-memory replica journey: 2 replicas started without QUARTZ_JDBC_URL, the second exited with %d "
                + "after %d ms: %s; the first answered after it, lease %s%n", exit, took, refusal.trim(), lease);
        assertNotEquals(0, exit, "the second replica's exit code");
        assertTrue(SECOND.log().contains("another Curio uses this Redis with the in-memory schedule: set QUARTZ_JDBC_URL to run replicas"),
                "the second replica says why it refused and what to set:\n" + SECOND.log());
        assertTrue(FIRST.alive(), "the first replica still runs");
        assertTrue(lease != null && lease.contains(":" + FIRST.port() + "|"), "the first replica keeps the lease: " + lease);
    }
}
