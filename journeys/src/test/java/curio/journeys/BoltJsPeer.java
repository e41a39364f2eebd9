package curio.journeys;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ingest benchmark's peer: {@code bench/bolt-js-peer/app.js}, a minimal Bolt-JS app, run with
 * {@code node} on 127.0.0.1. {@link #prepare} runs {@code npm ci} there when {@code node_modules} is
 * missing and says why the peer cannot run when node or npm is not installed or the install failed.
 */
final class BoltJsPeer implements AutoCloseable {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private BoltJsPeer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Path folder() {
        return Path.of(System.getProperty("curio.bench.peer-dir", "../bench/bolt-js-peer")).toAbsolutePath().normalize();
    }

    /** Empty when the peer can run; else the reason it cannot. */
    static Optional<String> prepare() throws InterruptedException {
        Path dir = folder();
        if (!Files.isRegularFile(dir.resolve("app.js"))) {
            return Optional.of("no Bolt-JS peer at " + dir);
        }
        for (String tool : List.of("node", "npm")) {
            if (run(dir, Duration.ofSeconds(30), tool, "--version") != 0) {
                return Optional.of(tool + " is not installed (the Bolt-JS peer needs Node.js 20 or later)");
            }
        }
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            System.out.println("ingest benchmark: npm ci in " + dir);
            if (run(dir, INSTALL_TIMEOUT, "npm", "ci", "--no-audit", "--no-fund") != 0) {
                return Optional.of("npm ci failed in " + dir + " (see target/journeys/npm-ci.log)");
            }
        }
        return Optional.empty();
    }

    private static int run(Path dir, Duration timeout, String... command) throws InterruptedException {
        try {
            Path logs = Files.createDirectories(Path.of(System.getProperty("curio.journeys.logs", "target/journeys")));
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("npm-ci.log").toFile())).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Starts {@code node app.js} with {@code settings} in its environment and waits until it listens. */
    static BoltJsPeer start(Map<String, String> settings) throws IOException, InterruptedException {
        int port = CurioJar.freePort();
        Path logs = Files.createDirectories(Path.of(System.getProperty("curio.journeys.logs", "target/journeys")));
        Path log = logs.resolve("bolt-js-peer.log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder("node", "app.js").directory(folder().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(settings);
        builder.environment().put("PORT", Integer.toString(port));
        BoltJsPeer peer = new BoltJsPeer(builder.start(), port, log);
        peer.awaitListening();
        return peer;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("the Bolt-JS peer exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(100); // not listening yet
            }
        }
        close();
        throw new IOException("the Bolt-JS peer did not listen within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    URI events() {
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
