package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.Eventually;
import io.micronaut.context.ApplicationContext;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A replica killed with kill -9 while it holds a cohort's next fire: another one fires it. */
class ReplicaKillTest {

    private static final UserRef NOA = new UserRef(new TenantId(Platform.TEAMS, "t-kill"), "noa");

    @RegisterExtension
    final ClusterFixture cluster = new ClusterFixture();

    @Test
    void aReplicaKilledBeforeItsCohortFiresLeavesTheFireToTheOthers() throws Exception {
        Instant fire;
        try (ReplicaProcess doomed = ReplicaProcess.start(cluster.properties(), Duration.ofSeconds(90))) {
            // the next whole minute at least 40 s away: Quartz acquires a trigger up to 30 s ahead
            fire = Instant.now().plusSeconds(100).truncatedTo(ChronoUnit.MINUTES);
            try (ApplicationContext enrolling = ApplicationContext.run(cluster.properties(), "delivery-test")) {
                enrolling.getBean(CohortScheduler.class).schedule(NOA,
                        ClusteredScheduleTest.everyDayAt(LocalTime.ofInstant(fire, ZoneOffset.UTC)));
            }
            // only the doomed replica runs now: let it acquire the trigger (up to 30 s ahead), then kill it
            Instant killAt = fire.minusSeconds(3);
            while (Instant.now().isBefore(killAt) && cluster.count("SELECT count(*) FROM qrtz_fired_triggers") == 0) {
                Eventually.pause(Duration.ofMillis(200));
            }
            doomed.kill();
        }
        ApplicationContext survivor = cluster.replica();

        Eventually.within(Duration.ofSeconds(75), "the prompt from the surviving replica",
                () -> ClusteredScheduleTest.prompts(cluster.replicas(), NOA) == 1);
        // a trigger left acquired by the dead replica would never fire again: it was freed and fired,
        // so it waits for tomorrow
        long tomorrow = fire.plus(Duration.ofDays(1)).toEpochMilli();
        Eventually.within(Duration.ofSeconds(30), "the trigger freed, fired and waiting for tomorrow",
                () -> count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name LIKE '%PROMPT'"
                        + " AND trigger_state = 'WAITING' AND next_fire_time = " + tomorrow) == 1
                        && count("SELECT count(*) FROM qrtz_fired_triggers") == 0);
        Eventually.within(Duration.ofSeconds(30), "the dead replicas forgotten",
                () -> count("SELECT count(*) FROM qrtz_scheduler_state") == 1);
        assertEquals(1, ClusteredScheduleTest.prompts(cluster.replicas(), NOA));
        assertEquals(1, survivor.getBean(CohortScheduler.class).triggeredCohorts().stream()
                .filter(id -> id.endsWith("PROMPT")).count());
    }

    private int count(String query) {
        try {
            return cluster.count(query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
