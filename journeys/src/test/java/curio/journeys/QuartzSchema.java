package curio.journeys;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema for Quartz's {@code qrtz_} tables on the PostgreSQL at 127.0.0.1:5432 (database
 * {@code test}, user {@code postgres}, trust authentication; system property {@code
 * curio.journeys.postgres} for another), for the jars' {@code QUARTZ_JDBC_URL}. Register it before the
 * jars: it is made before they start and dropped, with all they created in it, after they stopped.
 * Without that PostgreSQL the journeys of the class are skipped with a message, not failed.
 */
public final class QuartzSchema implements BeforeAllCallback, AfterAllCallback {

    static final String DATABASE = System.getProperty("curio.journeys.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private final String name = "curio_journey_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private boolean created;

    /** For {@code QUARTZ_JDBC_URL}: the database, this schema first on the search path. */
    public String jdbcUrl() {
        return DATABASE + "&currentSchema=" + name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        String unavailable;
        try (Connection db = DriverManager.getConnection(DATABASE + "&connectTimeout=3")) {
            unavailable = db.isValid(3) ? null : "does not answer";
        } catch (SQLException e) {
            unavailable = "is not reachable (" + e.getMessage() + ")";
        }
        if (unavailable != null) {
            // an assumption failing before all tests is not counted as skipped: say it where the build shows it
            String skipped = context.getDisplayName() + " skipped: PostgreSQL at " + DATABASE + " " + unavailable;
            System.out.println(skipped);
            assumeTrue(false, skipped);
        }
        update("CREATE SCHEMA " + name);
        created = true;
    }

    /** The first column of what {@code query} (run in this schema) returns, as text. */
    public List<String> column(String query) {
        try (Connection db = DriverManager.getConnection(jdbcUrl()); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError("could not read " + query + " in " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (created) {
            update("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private static void update(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection(DATABASE); Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }
}
