package curio.journeys;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database made afresh for Quartz's clustered job store ({@code QUARTZ_JDBC_URL}), so
 * replicas find no triggers of an earlier run; dropped again at close. The server is
 * {@code curio.journeys.postgres} (default {@code //127.0.0.1:5432/}, user postgres, trust auth).
 */
final class QuartzDatabase implements AutoCloseable {

    private static final String SERVER = System.getProperty("curio.journeys.postgres", "//127.0.0.1:5432/");
    private final String name;

    QuartzDatabase(String name) throws SQLException {
        this.name = name;
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
    }

    /** For {@code QUARTZ_JDBC_URL}. */
    String url() {
        return "jdbc:postgresql:" + SERVER + name + "?user=postgres";
    }

    private static void admin(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql:" + SERVER + "postgres?user=postgres");
             Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
