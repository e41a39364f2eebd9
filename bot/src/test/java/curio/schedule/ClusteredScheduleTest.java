package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.Eventually;
import curio.delivery.RecordingChatAdapter;
import curio.delivery.TestContexts;
import curio.store.SweepLeases;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replicas sharing Redis and PostgreSQL (QUARTZ_JDBC_URL): Quartz's clustered job store fires each
 * cohort on one of them. Needs the PostgreSQL on 127.0.0.1:5432 (database {@code test}, user postgres);
 * skipped when it is not there. Each run uses a schema of its own, dropped afterwards.
 */
class ClusteredScheduleTest {

    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3";
    private static final TenantId TENANT = new TenantId(Platform.TEAMS, "t-cluster");

    private final String schema = "curio_quartz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<ApplicationContext> replicas = new ArrayList<>();
    private SharedRedis redis;

    @BeforeEach
    void freshSchema() {
        try (Connection db = DriverManager.getConnection(DATABASE); Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL on 127.0.0.1:5432 is not reachable: " + e.getMessage());
        }
        redis = new SharedRedis();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        replicas.forEach(ApplicationContext::close);
        if (redis != null) {
            redis.close();
        }
        try (Connection db = DriverManager.getConnection(DATABASE); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void twoReplicasStartingTogetherCreateQuartzsTablesOnceAndShareTheTriggers() throws Exception {
        assertEquals(0, tables());
        var first = CompletableFuture.supplyAsync(this::replica);
        var second = CompletableFuture.supplyAsync(this::replica);
        ApplicationContext a = first.get();
        ApplicationContext b = second.get();
        assertEquals(QuartzTables.TABLES.size(), tables());
        assertTrue(a.getBean(CohortScheduler.class).clustered() && b.getBean(CohortScheduler.class).clustered());

        a.getBean(CohortScheduler.class).schedule(learner("ada"), everyDayAt(LocalTime.of(9, 0)));
        b.getBean(CohortScheduler.class).schedule(learner("bo"), everyDayAt(LocalTime.of(9, 0)));
        assertTrue(b.getBean(CohortScheduler.class).triggeredCohorts().contains("UTC|09:00|MON-SUN|PROMPT"));
        ApplicationContext c = replica();   // a third replica rebuilds from Redis: replaces nothing, adds nothing
        assertEquals(1, count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'UTC|09:00|MON-SUN|PROMPT'"));
        assertEquals(3, count("SELECT count(*) FROM qrtz_triggers"));
        assertTrue(c.getBean(CohortScheduler.class).triggeredCohorts().contains("UTC|09:00|MON-SUN|PROMPT"));
    }

    @Test
    void threeReplicasGiveEachLearnerExactlyOnePromptWhenTheirCohortFires() {
        ApplicationContext a = replica();
        ApplicationContext b = replica();
        ApplicationContext c = replica();
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
    void aSweepTickRunsOnOneReplica() {
        ApplicationContext a = replica();
        ApplicationContext b = replica();
        AtomicInteger runs = new AtomicInteger();
        for (ApplicationContext replica : List.of(a, b, a, b)) {
            replica.getBean(SweepLeases.class).runOnce("answer-retention", Duration.ofHours(6), runs::incrementAndGet);
        }
        assertEquals(1, runs.get());
    }

    private int prompts(UserRef learner) {
        return replicas.stream()
                .mapToInt(r -> (int) r.getBean(RecordingChatAdapter.class).acceptedFor(learner).stream()
                        .filter(send -> send.text().startsWith("PROMPT")).count())
                .sum();
    }

    private ApplicationContext replica() {
        Map<String, Object> props = new HashMap<>(TestContexts.properties(TestContexts.newDataDir("cluster")));
        props.put("curio.redis-url", redis.url());
        props.put("curio.quartz.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        props.put("curio.quartz.jdbc-user", "postgres");
        ApplicationContext context = ApplicationContext.run(props, "delivery-test");
        synchronized (replicas) {
            replicas.add(context);
        }
        return context;
    }

    private int tables() throws SQLException {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name LIKE 'qrtz\\_%'");
    }

    private int count(String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(DATABASE + "&currentSchema=" + schema);
             Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static UserRef learner(String id) {
        return new UserRef(TENANT, id);
    }

    private static LearnerSchedule everyDayAt(LocalTime prompt) {
        return new LearnerSchedule(java.time.ZoneId.of("UTC"), prompt, prompt.plusHours(8), EnumSet.allOf(DayOfWeek.class));
    }
}
