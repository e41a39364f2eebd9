package curio.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * Watches the log during the run: counts lines by level and keeps every ERROR line, every line
 * carrying a stack trace and every line of Curio's that spans lines or runs long (malformed input
 * must be one short WARN line, never a stack trace).
 */
final class LogWatch extends AppenderBase<ILoggingEvent> {

    /** Curio's own lines about a request stay short: no body, no learner's words echoed. */
    static final int MAX_LINE = 500;

    private final Map<String, AtomicInteger> levels = new TreeMap<>();
    private final List<String> alarming = new CopyOnWriteArrayList<>();

    static LogWatch attach() {
        LogWatch watch = new LogWatch();
        watch.setName("fuzz-watch");
        watch.start();
        root().addAppender(watch);
        return watch;
    }

    void detach() {
        root().detachAppender(this);
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        synchronized (levels) {
            levels.computeIfAbsent(event.getLevel().toString(), l -> new AtomicInteger()).incrementAndGet();
        }
        String message = event.getFormattedMessage();
        boolean curios = event.getLoggerName().startsWith("curio.");
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null
                || curios && message != null && (message.indexOf('\n') >= 0 || message.length() > MAX_LINE)) {
            alarming.add(event.getLevel() + " " + event.getLoggerName() + " - " + JsonMutator.escape(String.valueOf(message))
                    + (event.getThrowableProxy() == null ? "" : " [stack trace: " + event.getThrowableProxy().getClassName()
                    + ": " + event.getThrowableProxy().getMessage() + "]"));
        }
    }

    /** ERROR lines and lines with a stack trace, in order. */
    List<String> alarming() {
        return alarming;
    }

    Map<String, AtomicInteger> levels() {
        synchronized (levels) {
            return new TreeMap<>(levels);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
