package curio.schedule;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A replica in a JVM of its own, so that a test can kill it as {@code kill -9} does. */
final class ReplicaProcess implements AutoCloseable {

    private static final String READY = "curio replica ready";
    private final Process process;

    private ReplicaProcess(Process process) {
        this.process = process;
    }

    /** Starts a replica with these properties (the test class path) and waits until it runs. */
    static ReplicaProcess start(Map<String, Object> properties, Duration timeout) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ReplicaProcess.class.getName()));
        properties.forEach((key, value) -> command.add(key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                boolean seen = false;
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen |= line.contains(READY);
                    if (seen) {
                        return true;   // keep draining below would block; the replica logs little more
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        if (!ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the replica process did not start");
        }
        return new ReplicaProcess(process);
    }

    /** What {@code kill -9} does: no shutdown hook, no @PreDestroy, nothing released. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, Object> props = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            props.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        ApplicationContext.run(props, "delivery-test");
        System.out.println(READY);
        System.out.close();   // nobody reads on: writing more could fill the pipe and block the replica
        Thread.currentThread().join();
    }
}
