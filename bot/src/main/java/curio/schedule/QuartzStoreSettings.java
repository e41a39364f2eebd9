package curio.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * Where Quartz keeps its triggers ({@code curio.quartz.*}). With {@code QUARTZ_JDBC_URL} (jdbc-url, a
 * PostgreSQL JDBC URL; user and password in it or in {@code QUARTZ_JDBC_USER} / {@code
 * QUARTZ_JDBC_PASSWORD}) the clustered JDBC job store, so several replicas fire each trigger once;
 * without it the in-memory store of a single replica. {@code checkin-interval} (default 7.5 s) is how
 * often a clustered scheduler checks in, and so about how soon the others take over a dead one.
 */
@ConfigurationProperties("curio.quartz")
public record QuartzStoreSettings(@Nullable String jdbcUrl, @Nullable String jdbcUser, @Nullable String jdbcPassword,
                                  @Nullable Duration checkinInterval) {

    static final String URL_VARIABLE = "QUARTZ_JDBC_URL";

    public QuartzStoreSettings {
        jdbcUrl = jdbcUrl == null ? "" : jdbcUrl.trim();
        jdbcUser = jdbcUser == null ? "" : jdbcUser.trim();
        jdbcPassword = jdbcPassword == null ? "" : jdbcPassword;
        checkinInterval = checkinInterval == null ? Duration.ofMillis(7500) : checkinInterval;
        if (jdbcUrl.isEmpty() && !jdbcUser.isEmpty()) {
            throw new IllegalArgumentException("QUARTZ_JDBC_USER is set but QUARTZ_JDBC_URL is not: set QUARTZ_JDBC_URL "
                    + "(jdbc:postgresql://host:5432/curio) or unset QUARTZ_JDBC_USER");
        }
        if (jdbcUrl.isEmpty() && !jdbcPassword.isEmpty()) {
            throw new IllegalArgumentException("QUARTZ_JDBC_PASSWORD is set but QUARTZ_JDBC_URL is not: set QUARTZ_JDBC_URL "
                    + "(jdbc:postgresql://host:5432/curio) or unset QUARTZ_JDBC_PASSWORD");
        }
        // the URL may carry a password: never repeat it in a message
        if (!jdbcUrl.isEmpty() && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("QUARTZ_JDBC_URL must be a PostgreSQL JDBC URL like "
                    + "jdbc:postgresql://host:5432/curio (it does not start with jdbc:postgresql:)");
        }
        if (checkinInterval.toMillis() < 1000) {
            throw new IllegalArgumentException("curio.quartz.checkin-interval must be at least 1s, was " + checkinInterval);
        }
    }

    /** True when the triggers live in PostgreSQL, shared by every replica. */
    public boolean clustered() {
        return !jdbcUrl.isEmpty();
    }
}
