package curio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarResourcesTest {

    @Test
    void aConfigurationFileInAJarIsReadWithOrWithoutItsPrefix(@TempDir Path folder) throws IOException {
        try (URLClassLoader loader = jarWith(folder)) {
            JarResources resources = new JarResources(loader);

            assertEquals(Optional.of("port: 3000\n"), text(resources.getResourceAsStream("config/application.yml")));
            assertEquals(Optional.of("port: 3000\n"), text(resources.getResourceAsStream("classpath:config/application.yml")));
            assertEquals(Optional.of("port: 3000\n"), text(resources.getResourceAsStream("/config/application.yml")));
            assertTrue(resources.getResource("config/application.yml").orElseThrow().toString().endsWith("!/config/application.yml"));
        }
    }

    @Test
    void aFolderAMissingFileAndAClimbOutOfTheClassPathReadAsNothing(@TempDir Path folder) throws IOException {
        try (URLClassLoader loader = jarWith(folder)) {
            JarResources resources = new JarResources(loader);

            assertEquals(Optional.empty(), resources.getResourceAsStream("config/"));
            assertEquals(Optional.empty(), resources.getResource("config/"));
            assertEquals(Optional.empty(), resources.getResourceAsStream("config/bootstrap.yml"));
            assertEquals(Optional.empty(), resources.getResourceAsStream("config/../config/application.yml"));
        }
    }

    private static URLClassLoader jarWith(Path folder) throws IOException {
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("config/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("config/application.yml"));
            out.write("port: 3000\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    private static Optional<String> text(Optional<InputStream> stream) throws IOException {
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
