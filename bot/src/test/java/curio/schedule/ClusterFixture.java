package curio.schedule;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import curio.delivery.TestContexts;
import curio.store.SharedRedis;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Replicas sharing one Redis and one PostgreSQL schema (QUARTZ_JDBC_URL), a JUnit extension. Needs the
 * PostgreSQL on 127.0.0.1:5432 (database {@code test}, user postgres) and skips the test when it is
 * not there. Each test gets a schema of its own, dropped afterwards with its replicas and Redis.
 */
final class ClusterFixture implements BeforeEachCallback, AfterEachCallback {

    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3";

    private final List<ApplicationContext> replicas = new ArrayList<>();
    private String schema;
    private SharedRedis redis;

    @Override
    public void beforeEach(ExtensionContext test) throws SQLException {
        try (Connection db = DriverManager.getConnection(DATABASE)) {
            assumeTrue(db.isValid(3), "PostgreSQL on 127.0.0.1:5432 does not answer");
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL on 127.0.0.1:5432 is not reachable: " + e.getMessage());
        }
        schema = "curio_quartz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection db = DriverManager.getConnection(DATABASE); Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
        redis = new SharedRedis();
    }

    /** What a replica is started with: the shared Redis, the schema, a fast cluster check-in. */
    Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>(TestContexts.properties(TestContexts.newDataDir("cluster")));
        props.put("curio.redis-url", redis.url());
        props.put("curio.quartz.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        props.put("curio.quartz.jdbc-user", "postgres");
        props.put("curio.quartz.checkin-interval", "2s");
        return props;
    }

    ApplicationContext replica() {
        ApplicationContext context = ApplicationContext.run(properties(), "delivery-test");
        synchronized (replicas) {
            replicas.add(context);
        }
        return context;
    }

    List<ApplicationContext> replicas() {
        synchronized (replicas) {
            return List.copyOf(replicas);
        }
    }

    int tables() throws SQLException {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name LIKE 'qrtz\\_%'");
    }

    void update(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection(DATABASE + "&currentSchema=" + schema);
             Statement sql = db.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    int count(String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(DATABASE + "&currentSchema=" + schema);
             Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }

    @Override
    public void afterEach(ExtensionContext test) throws SQLException {
        replicas().forEach(ApplicationContext::close);
        replicas.clear();
        if (redis != null) {
            redis.close();
            redis = null;
        }
        if (schema != null) {
            try (Connection db = DriverManager.getConnection(DATABASE); Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            schema = null;
        }
    }
}
