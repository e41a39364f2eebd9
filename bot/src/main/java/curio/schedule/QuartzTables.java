package curio.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Quartz's tables at first start from the {@code tables_postgres.sql} that Quartz ships, in
 * one transaction under a PostgreSQL advisory lock, so replicas starting together create them once.
 * Tables that exist are left alone (the script's {@code DROP TABLE}s are never run); a database with
 * only some of them stops the start.
 */
final class QuartzTables {

    static final List<String> TABLES = List.of("qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers",
            "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars",
            "qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
    private static final String SCRIPT = "/org/quartz/impl/jdbcjobstore/tables_postgres.sql";
    /** The advisory lock's key: "curio-qrtz" as a number, the same in every replica. */
    private static final long LOCK = 0x637572696f71L;
    private static final Logger LOG = LoggerFactory.getLogger(QuartzTables.class);

    private QuartzTables() {
    }

    /** Creates the tables unless they exist; returns true when it created them. */
    static boolean ensure(QuartzStoreSettings settings) {
        try {
            Class.forName("org.postgresql.Driver");   // registered even where the jar lost its service file
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("QUARTZ_JDBC_URL: the PostgreSQL driver is not on the class path", e);
        }
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), credentials(settings))) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                int present = present(sql);
                if (present == TABLES.size()) {
                    db.commit();
                    return false;
                }
                if (present > 0) {
                    throw new IllegalStateException("QUARTZ_JDBC_URL: the database has " + present + " of Quartz's "
                            + TABLES.size() + " qrtz_ tables; drop them or complete them with Quartz's tables_postgres.sql");
                }
                for (String statement : statements()) {
                    sql.execute(statement);
                }
                db.commit();
                LOG.info("Quartz: created the {} qrtz_ tables", TABLES.size());
                return true;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("QUARTZ_JDBC_URL: could not prepare Quartz's tables in PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    static Properties credentials(QuartzStoreSettings settings) {
        Properties props = new Properties();
        if (!settings.jdbcUser().isEmpty()) {
            props.setProperty("user", settings.jdbcUser());
        }
        if (!settings.jdbcPassword().isEmpty()) {
            props.setProperty("password", settings.jdbcPassword());
        }
        return props;
    }

    private static int present(Statement sql) throws SQLException {
        int present = 0;
        for (String table : TABLES) {
            try (ResultSet row = sql.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                row.next();
                present += row.getBoolean(1) ? 1 : 0;
            }
        }
        return present;
    }

    /** The script's CREATE statements, without comments, DROPs and its closing COMMIT. */
    static List<String> statements() {
        StringBuilder text = new StringBuilder();
        try (InputStream in = QuartzTables.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Quartz's " + SCRIPT + " is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.trim().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        for (String statement : text.toString().split(";")) {
            String s = statement.trim();
            String upper = s.toUpperCase(java.util.Locale.ROOT);
            if (!s.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
                statements.add(s);
            }
        }
        return statements;
    }
}
