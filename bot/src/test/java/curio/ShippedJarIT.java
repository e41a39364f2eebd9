package curio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar starts without opening itself as a zip file system: Micronaut would do so to find its services
 * and to read its configuration, 0.15 s of CPU each in a fresh JVM (BENCHMARKS.md, Start-up). Failsafe runs it
 * on the shaded jar in {@code verify}.
 */
class ShippedJarIT {

    private static final Path JAR = Path.of(System.getProperty("curio.jar"));

    @Test
    void theJarCarriesTheListOfItsOwnMicronautServices() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            TreeSet<String> inJar = new TreeSet<>();
            Collections.list(jar.entries()).stream().filter(entry -> !entry.isDirectory())
                    .flatMap(entry -> ServiceIndexWriter.line(entry.getName()).stream()).forEach(inJar::add);
            String index = new String(jar.getInputStream(jar.getJarEntry(ServiceIndex.RESOURCE)).readAllBytes(),
                    StandardCharsets.UTF_8);

            assertTrue(inJar.size() > 300, "the jar holds " + inJar.size() + " Micronaut services");
            assertEquals(List.copyOf(inJar), index.lines().toList());
        }
    }

    @Test
    void aStartFromTheJarAnswersHealthWithoutOpeningTheJarAsAZipFileSystemOrNettysRecorderEvents(@TempDir Path data)
            throws IOException, InterruptedException {
        Path classes = data.resolve("classes.log");
        int port = freePort();
        ProcessBuilder java = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xlog:class+load:file=" + classes, "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("out.log").toFile());
        java.environment().remove("REDIS_URL");
        java.environment().put("PORT", String.valueOf(port));
        java.environment().put("CURIO_DATA_DIR", data.resolve("data").toString());
        Process curio = java.start();
        try {
            assertTrue(healthyWithin(port, Duration.ofSeconds(60)),
                    () -> "not healthy within 60 s:\n" + read(data.resolve("out.log")));
        } finally {
            curio.destroy();
            curio.waitFor();
        }

        List<String> loaded = Files.readAllLines(classes);
        assertEquals(List.of(), loaded.stream().filter(line -> line.contains("jdk.nio.zipfs.")).toList());
        assertTrue(loaded.stream().anyMatch(line -> line.contains("io.netty.util.internal.PlatformDependent ")),
                "the log lists Netty's classes");
        assertEquals(List.of(), loaded.stream().filter(line -> line.matches(".*io\\.netty\\.buffer\\.\\w+Event .*")).toList(),
                "Netty's flight-recorder events");
    }

    private static boolean healthyWithin(int port, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection health = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health").toURL().openConnection();
                health.setConnectTimeout(1000);
                health.setReadTimeout(5000);
                if (health.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
