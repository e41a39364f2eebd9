package curio.teamsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.metrics.Scrape;
import curio.schedule.CohortScheduler;
import curio.teams.Activities;
import curio.teams.FakeBotConnector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Bot Connector that answers 429 with {@code Retry-After} to a proactive send: Curio waits it out, the
 * prompt arrives, and the operator's {@code /metrics} counts each 429 under {@code platform="teams"}.
 */
class TeamsRateLimitEndToEndTest {

    static final String RATE_LIMITED = "curio_rate_limited_total{platform=\"teams\"}";

    @Test
    void each429OnAProactiveSendIsCountedAtMetricsForTeamsAndThePromptStillArrives() throws Exception {
        try (TeamsEngine teams = new TeamsEngine()) {
            teams.post(Activities.personalMessage(teams.connector.url(), "start"));
            String path = "/v3/conversations/" + TeamsLearnerEndToEndTest.PERSONAL + "/activities";
            int before = teams.connector.postedTo(TeamsLearnerEndToEndTest.PERSONAL).size();
            double counted = Scrape.of(teams.server, null).value(RATE_LIMITED);
            CohortScheduler scheduler = teams.bean(CohortScheduler.class);
            String cohort = scheduler.cohortsOf(TeamsLearnerEndToEndTest.ADA).stream()
                    .filter(c -> c.endsWith("|PROMPT")).findFirst().orElseThrow();
            teams.clock.set(scheduler.nextFireTimes(cohort, teams.clock.instant(), 2).get(1));

            teams.connector.answerNext(429, "1");
            teams.connector.answerNext(429, "1");
            scheduler.fireNow(cohort);

            TeamsEngine.waitFor(() -> teams.connector.postedTo(TeamsLearnerEndToEndTest.PERSONAL).size() >= before + 3,
                    "two refused sends and the accepted one");
            List<FakeBotConnector.Call> tries = teams.calls(c -> c.method().equals("POST") && c.path().equals(path));
            tries = tries.subList(before, tries.size());
            assertEquals(3, tries.size(), "two 429s, then the prompt: " + tries);
            assertEquals(tries.get(0).body(), tries.get(2).body(), "the same prompt was sent again");
            for (int i = 1; i < 3; i++) {
                long waited = tries.get(i).atMillis() - tries.get(i - 1).atMillis();
                assertTrue(waited >= 1000, "try " + (i + 1) + " came " + waited + " ms after a Retry-After of 1 s");
            }
            assertEquals(counted + 2, Scrape.of(teams.server, null).value(RATE_LIMITED),
                    "each 429 is one more " + RATE_LIMITED);
        }
    }
}
