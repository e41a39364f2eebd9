package curio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** Curio's hand-written log line reads as the pattern it replaced, which the journeys and admins read. */
class LogLineTest {

    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    private final LoggerContext context = new LoggerContext();

    @Test
    void aLineReadsAsThePatternWroteIt() {
        for (Level level : new Level[] {Level.INFO, Level.WARN, Level.ERROR}) {
            LoggingEvent event = event("curio.delivery.OutboxSenders", level, "Outbox: {} senders", null, 16);

            assertEquals(pattern().doLayout(event), line().doLayout(event));
        }
        assertEquals(pattern().doLayout(event("io.micronaut.runtime.Micronaut", Level.INFO, "Startup completed", null)),
                line().doLayout(event("io.micronaut.runtime.Micronaut", Level.INFO, "Startup completed", null)));
    }

    @Test
    void anExceptionIsFollowedByItsStackTraceAsThePatternWroteIt() {
        IllegalStateException failure = new IllegalStateException("no Redis", new RuntimeException("refused"));
        LoggingEvent event = event("curio.store.RedisFactory", Level.ERROR, "Redis is away", failure);

        String line = line().doLayout(event);

        assertEquals(pattern().doLayout(event), line);
        assertTrue(line.contains("Caused by: java.lang.RuntimeException: refused"), line);
    }

    private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
        Logger named = context.getLogger(logger);
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), named, level, message, thrown, args);
        event.setTimeStamp(1_764_500_000_123L);
        return event;
    }

    private PatternLayout pattern() {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.start();
        return layout;
    }

    private LogLine line() {
        LogLine layout = new LogLine();
        layout.setContext(context);
        layout.start();
        return layout;
    }
}
