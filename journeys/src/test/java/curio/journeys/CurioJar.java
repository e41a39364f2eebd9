package curio.journeys;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The packaged Curio, started the way a user starts it: {@code java -jar curio-bot-0.1.0.jar} with
 * settings only from the environment (a clean one: {@code PATH}, {@code JAVA_HOME} and {@code HOME}
 * plus the journey's settings), on a free port, with a fresh {@code CURIO_DATA_DIR}. Register it as a
 * static {@code @RegisterExtension} field: it starts once per test class, writes the jar's output to
 * {@code target/journeys/<name>.log}, prints that log when a journey fails, and fails a journey whose
 * log shows an ERROR or a stack trace that was not {@link #expectingInLog expected}.
 */
public final class CurioJar implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, TestWatcher {

    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} +(\\w+) .*");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "^(\\s+at [\\w.$<>/]+\\(.*|Caused by: .*|\\s*\\.\\.\\. \\d+ more|[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error)(: .*)?)$");

    private final String name;
    private final Supplier<Map<String, String>> settings;
    private final List<Pattern> expected = new ArrayList<>();
    private final List<AutoCloseable> closeAfterwards = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> env = new LinkedHashMap<>();
    private Process process;
    private Path jar;
    private Path log;
    private int port;
    private long checkedUpTo;
    private boolean startedByTheJourney;

    private CurioJar(String name, Supplier<Map<String, String>> settings) {
        this.name = name;
        this.settings = settings;
    }

    /** {@code settings} is asked at start, after the fakes of the test class are up. */
    public static CurioJar named(String name, Supplier<Map<String, String>> settings) {
        return new CurioJar(name, settings);
    }

    /** Log lines (and the stack trace under them) matching {@code regex} are expected, not a failure. */
    public CurioJar expectingInLog(String regex) {
        expected.add(Pattern.compile(regex));
        return this;
    }

    /** Options for the jar's {@code java} command, before {@code -jar}: a benchmark's heap size or flight recording. */
    public CurioJar withJvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /** Closes the journey's fakes after the jar stopped (so the jar never loses them while it runs). */
    public CurioJar closingAfterwards(AutoCloseable... fakes) {
        closeAfterwards.addAll(List.of(fakes));
        return this;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    public int port() {
        return port;
    }

    /** What the jar wrote so far. */
    public String log() {
        try {
            return log == null || !Files.exists(log) ? "" : Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The jar is not started with the test class but by the journey ({@link #launch}), as a replica
     * joining later; it is still stopped, and its log checked, with the class.
     */
    public CurioJar startedByTheJourney() {
        startedByTheJourney = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        prepare();
        if (!startedByTheJourney) {
            start();
        }
    }

    /**
     * Starts the jar and waits until it is healthy: one {@link #startedByTheJourney}, or one used
     * without JUnit's callbacks (a benchmark's replicas, as many as it asks for); {@link #stop} ends it.
     */
    public CurioJar launch() throws IOException, InterruptedException {
        if (jar == null) {
            prepare();
        }
        if (process != null && process.isAlive()) {
            fail("Curio (" + name + ") is running already");
        }
        start();
        return this;
    }

    /** The jar, its log file, a free port and a fresh data folder, with the journey's settings. */
    private void prepare() throws IOException {
        jar = Path.of(System.getProperty("curio.jar", "../bot/target/curio-bot-0.1.0.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            fail("No jar at " + jar + ": build it first with ./mvnw -B -q -DskipTests package");
        }
        Path logs = Path.of(System.getProperty("curio.journeys.logs", "target/journeys"));
        Files.createDirectories(logs);
        log = logs.resolve(name + ".log");
        Files.deleteIfExists(log);
        port = freePort();
        env.put("PORT", Integer.toString(port));
        env.put("CURIO_DATA_DIR", Files.createTempDirectory("curio-journey-" + name).toString());
        env.putAll(settings.get());
    }

    /** The CPU time the jar's process has used so far (zero when the platform cannot tell). */
    public Duration cpu() {
        return process == null ? Duration.ZERO : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Starts a jar {@link #startedByTheJourney} that is expected to refuse to start: waits for it to
     * exit and returns its exit code (its output is in {@link #log()}); fails when it still runs after {@code timeout}.
     */
    public int launchExpectingExit(Duration timeout) throws IOException, InterruptedException {
        process = builder().start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            fail("Curio (" + name + ") was expected to exit but still ran after " + timeout + ":\n" + log());
        }
        return process.exitValue();
    }

    /** Whether the jar's process still runs. */
    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Kills the jar as {@code kill -9} does: no shutdown hook, no draining. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * Stops the jar as a supervisor does ({@code SIGTERM}: shutdown hooks run, work in hand is drained)
     * and returns how long it took to exit; fails when it has not exited within {@code limit}.
     */
    public Duration stop(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Curio (" + name + ") did not exit within " + limit + " of SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Starts the jar again with the same settings, port and data folder, as a supervisor would after a crash. */
    public void restart() throws IOException, InterruptedException {
        start();
    }

    private void start() throws IOException, InterruptedException {
        process = builder().start();
        awaitHealthy();
    }

    private ProcessBuilder builder() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        for (String kept : List.of("PATH", "JAVA_HOME", "HOME")) {
            Optional.ofNullable(System.getenv(kept)).ifPresent(v -> builder.environment().put(kept, v));
        }
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return builder;
    }

    private void awaitHealthy() throws InterruptedException {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                fail("Curio (" + name + ") exited with " + process.exitValue() + " at start:\n" + log());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("Curio (" + name + ") was not healthy within " + START_TIMEOUT + ":\n" + log());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        checkLog(context.getDisplayName());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        checkLog("shutting down");
    }

    /** Stops the jar as a supervisor does (20 s to drain, then killed), then closes the fakes it was given. */
    public void stop() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        for (AutoCloseable fake : closeAfterwards) {
            fake.close();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.out.println("---- " + log + " (the journey '" + context.getDisplayName() + "' failed) ----\n" + log()
                + "---- end of " + log.getFileName() + " ----");
    }

    /** Fails when the log, since the last check, shows an ERROR or a stack trace nobody expected. */
    private void checkLog(String when) {
        String all = log();
        String fresh = all.substring((int) Math.min(checkedUpTo, all.length()));
        checkedUpTo = all.length();
        List<String> unexpected = new ArrayList<>();
        boolean allowed = false;
        for (String line : fresh.split("\n")) {
            var logLine = LOG_LINE.matcher(line);
            if (logLine.matches()) {
                allowed = expected.stream().anyMatch(p -> p.matcher(line).find());
                if (logLine.group(1).equals("ERROR") && !allowed) {
                    unexpected.add(line);
                }
            } else if (STACK_TRACE.matcher(line).matches() && !allowed
                    && expected.stream().noneMatch(p -> p.matcher(line).find())) {
                unexpected.add(line);
            }
        }
        if (!unexpected.isEmpty()) {
            fail("Curio (" + name + ") logged errors nobody expected (" + when + "), see " + log + ":\n"
                    + String.join("\n", unexpected.subList(0, Math.min(40, unexpected.size()))));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
