package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.Eventually;
import curio.delivery.RecordingChatAdapter;
import curio.store.SweepLeases;
import io.micronaut.context.ApplicationContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replicas sharing Redis and PostgreSQL (QUARTZ_JDBC_URL): each cohort fires on one of them. */
class ClusteredScheduleTest {

    private static final TenantId TENANT = new TenantId(Platform.TEAMS, "t-cluster");

    @RegisterExtension
    final ClusterFixture cluster = new ClusterFixture();

    @Test
    void twoReplicasStartingTogetherCreateQuartzsTablesOnceAndShareTheTriggers() throws Exception {
        assertEquals(0, cluster.tables());
        var first = CompletableFuture.supplyAsync(cluster::replica);
        var second = CompletableFuture.supplyAsync(cluster::replica);
        ApplicationContext a = first.get();
        ApplicationContext b = second.get();
        assertEquals(QuartzTables.TABLES.size(), cluster.tables());
        assertTrue(a.getBean(CohortScheduler.class).clustered() && b.getBean(CohortScheduler.class).clustered());

        a.getBean(CohortScheduler.class).schedule(learner("ada"), everyDayAt(LocalTime.of(9, 0)));
        b.getBean(CohortScheduler.class).schedule(learner("bo"), everyDayAt(LocalTime.of(9, 0)));
        assertTrue(b.getBean(CohortScheduler.class).triggeredCohorts().contains("UTC|09:00|MON-SUN|PROMPT"));
        ApplicationContext c = cluster.replica();   // a third replica rebuilds from Redis: replaces nothing, adds nothing
        assertEquals(1, cluster.count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'UTC|09:00|MON-SUN|PROMPT'"));
        assertEquals(3, cluster.count("SELECT count(*) FROM qrtz_triggers"));
        assertTrue(c.getBean(CohortScheduler.class).triggeredCohorts().contains("UTC|09:00|MON-SUN|PROMPT"));
    }

    @Test
    void threeReplicasGiveEachLearnerExactlyOnePromptWhenTheirCohortFires() {
        ApplicationContext a = cluster.replica();
        ApplicationContext b = cluster.replica();
        ApplicationContext c = cluster.replica();
        // the next whole minute at least 15 s away, on the system clock Quartz fires by
        Instant fire = Instant.now().plusSeconds(75).truncatedTo(ChronoUnit.MINUTES);
        LocalTime at = LocalTime.ofInstant(fire, ZoneOffset.UTC);
        List<UserRef> learners = List.of(learner("ada"), learner("bo"), learner("cy"));
        a.getBean(CohortScheduler.class).schedule(learners.get(0), everyDayAt(at));
        b.getBean(CohortScheduler.class).schedule(learners.get(1), everyDayAt(at));
        c.getBean(CohortScheduler.class).schedule(learners.get(2), everyDayAt(at));

        Eventually.within(Duration.between(Instant.now(), fire).plusSeconds(30), "a prompt for each learner",
                () -> learners.stream().allMatch(l -> prompts(l) >= 1));
        Eventually.pause(Duration.ofSeconds(3));
        for (UserRef learner : learners) {
            assertEquals(1, prompts(learner), learner + " got " + prompts(learner) + " prompts");
        }
    }

    @Test
    void aCohortsJobAsksToBeRunAgainWhenItsReplicaDiesWhileRunningIt() throws Exception {
        cluster.replica().getBean(CohortScheduler.class).schedule(learner("ada"), everyDayAt(LocalTime.of(9, 0)));
        // Quartz copies the flag into the fired trigger's row; a dead instance's row with it is run again elsewhere
        assertEquals(1, cluster.count("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'UTC|09:00|MON-SUN|PROMPT'"
                + " AND requests_recovery"));
    }

    @Test
    void aCohortsJobStoredBeforeItAskedForRecoveryAsksForItOnceAReplicaStarts() throws Exception {
        cluster.replica().getBean(CohortScheduler.class).schedule(learner("ada"), everyDayAt(LocalTime.of(9, 0)));
        cluster.update("UPDATE qrtz_job_details SET requests_recovery = false");
        cluster.replica();
        assertEquals(0, cluster.count("SELECT count(*) FROM qrtz_job_details WHERE NOT requests_recovery"));
        assertEquals(1, cluster.count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'UTC|09:00|MON-SUN|PROMPT'"));
    }

    @Test
    void aSweepTickRunsOnOneReplica() {
        ApplicationContext a = cluster.replica();
        ApplicationContext b = cluster.replica();
        AtomicInteger runs = new AtomicInteger();
        for (ApplicationContext replica : List.of(a, b, a, b)) {
            replica.getBean(SweepLeases.class).runOnce("answer-retention", Duration.ofHours(6), runs::incrementAndGet);
        }
        assertEquals(1, runs.get());
    }

    private int prompts(UserRef learner) {
        return prompts(cluster.replicas(), learner);
    }

    static int prompts(List<ApplicationContext> replicas, UserRef learner) {
        return replicas.stream()
                .mapToInt(r -> (int) r.getBean(RecordingChatAdapter.class).acceptedFor(learner).stream()
                        .filter(send -> send.text().startsWith("PROMPT")).count())
                .sum();
    }

    private static UserRef learner(String id) {
        return new UserRef(TENANT, id);
    }

    static LearnerSchedule everyDayAt(LocalTime prompt) {
        return new LearnerSchedule(java.time.ZoneId.of("UTC"), prompt, prompt.plusHours(8), EnumSet.allOf(DayOfWeek.class));
    }
}
