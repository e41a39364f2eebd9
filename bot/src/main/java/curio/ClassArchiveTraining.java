package curio;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The build's training run for the jar's class-data archive (AppCDS; {@code bot/pom.xml} runs it at
 * {@code package} with {@code -XX:ArchiveClassesAtExit}): starts Curio as {@link Application} does, waits
 * for a 200 from {@code /health} (at most {@link #DEADLINE}), says {@code help} to the web playground and
 * stops, so that the JVM archives the classes a start and a first request load. Exits 1 when Curio did not
 * become healthy; the archive is then written all the same, with what was loaded.
 */
public final class ClassArchiveTraining {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean healthy;
        try (ApplicationContext context = Application.start(args)) {
            URI base = URI.create("http://127.0.0.1:" + context.getBean(EmbeddedServer.class).getPort());
            healthy = awaitHealthy(base.resolve("/health"));
            if (healthy) {
                say(base.resolve("/web/api/messages"), "{\"user\":\"training\",\"text\":\"help\"}");
            }
        }
        System.exit(healthy ? 0 : 1);
    }

    private static boolean awaitHealthy(URI health) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (status(health, null) == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void say(URI messages, String json) {
        try {
            status(messages, json);
        } catch (IOException e) {
            // the archive then lacks a chat turn's classes: a first message is slower, nothing else
        }
    }

    /** GET, or POST of {@code json} when it is not null; the response code. */
    private static int status(URI uri, String json) throws IOException {
        HttpURLConnection http = (HttpURLConnection) uri.toURL().openConnection();
        http.setConnectTimeout(5_000);
        http.setReadTimeout(10_000);
        try {
            if (json != null) {
                http.setRequestMethod("POST");
                http.setDoOutput(true);
                http.setRequestProperty("Content-Type", "application/json");
                try (OutputStream body = http.getOutputStream()) {
                    body.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = http.getResponseCode();
            try (InputStream body = status < 400 ? http.getInputStream() : http.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        } finally {
            http.disconnect();
        }
    }
}
