package curio.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import curio.delivery.TestContexts;
import curio.store.SharedRedis;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad QUARTZ_JDBC_* setting stops the start with a message naming the variable. */
class QuartzStoreSettingsTest {

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedWithoutRepeatingIt() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new QuartzStoreSettings("jdbc:mysql://db/curio?password=s3cret", "", "", null));
        assertTrue(e.getMessage().startsWith("QUARTZ_JDBC_URL must be a PostgreSQL JDBC URL"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void aUserOrPasswordWithoutUrlIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new QuartzStoreSettings("", "curio", "", null))
                .getMessage().startsWith("QUARTZ_JDBC_USER is set but QUARTZ_JDBC_URL is not"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new QuartzStoreSettings(null, null, "pw", null))
                .getMessage().startsWith("QUARTZ_JDBC_PASSWORD is set but QUARTZ_JDBC_URL is not"));
    }

    @Test
    void withoutUrlTheScheduleStaysInMemory() {
        assertFalse(new QuartzStoreSettings(null, null, null, null).clustered());
    }

    @Test
    void anUnreachableDatabaseStopsTheStartNamingTheVariable() {
        try (SharedRedis redis = new SharedRedis()) {
            String messages = startFailure(Map.of("curio.redis-url", redis.url(),
                    "curio.quartz.jdbc-url", "jdbc:postgresql://127.0.0.1:1/curio?connectTimeout=2"));
            assertTrue(messages.contains("QUARTZ_JDBC_URL: could not prepare Quartz's tables"), messages);
        }
    }

    @Test
    void replicasSharingTheScheduleMustShareARedis() {
        String messages = startFailure(Map.of("curio.quartz.jdbc-url", "jdbc:postgresql://127.0.0.1:1/curio"));
        assertTrue(messages.contains("QUARTZ_JDBC_URL is set but REDIS_URL is not"), messages);
    }

    private static String startFailure(Map<String, Object> settings) {
        Map<String, Object> props = new HashMap<>(TestContexts.properties(TestContexts.newDataDir("bad-jdbc")));
        props.putAll(settings);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(props, "delivery-test").close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void theTablesComeFromQuartzsOwnScriptWithoutItsDrops() {
        var statements = QuartzTables.statements();
        assertEquals(QuartzTables.TABLES.size(), statements.stream().filter(s -> s.startsWith("CREATE TABLE")).count());
        assertTrue(statements.stream().noneMatch(s -> s.startsWith("DROP") || s.equalsIgnoreCase("COMMIT")));
    }
}
