package curio;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Writes {@link ServiceIndex#RESOURCE} for the jar: run by {@code bot/pom.xml} at {@code prepare-package} on
 * the module's run-time class path, which is what the shaded jar holds. Each {@code META-INF/micronaut/S/I}
 * file of a class folder or jar becomes the line {@code S I}, sorted. Argument: the file to write.
 */
public final class ServiceIndexWriter {

    private static final String FOLDER = "META-INF/micronaut/";

    private ServiceIndexWriter() {
    }

    public static void main(String[] args) throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            try (Stream<String> names = Files.isDirectory(path) ? inFolder(path) : inJar(path)) {
                names.flatMap(name -> line(name).stream()).forEach(lines::add);
            }
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " Micronaut services listed in " + out);
    }

    /** {@code S I} for {@code META-INF/micronaut/S/I}; nothing for any other name. */
    static Optional<String> line(String name) {
        if (!name.startsWith(FOLDER)) {
            return Optional.empty();
        }
        String[] parts = name.substring(FOLDER.length()).split("/", -1);
        boolean pair = parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[1].startsWith(".");
        return pair ? Optional.of(parts[0] + " " + parts[1]) : Optional.empty();
    }

    private static Stream<String> inFolder(Path folder) throws IOException {
        Path services = folder.resolve(FOLDER);
        if (!Files.isDirectory(services)) {
            return Stream.empty();
        }
        return Files.walk(services, 2).filter(Files::isRegularFile)
                .map(file -> folder.relativize(file).toString().replace(File.separatorChar, '/'));
    }

    private static Stream<String> inJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return Stream.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().filter(entry -> !entry.isDirectory())
                    .map(entry -> entry.getName()).toList().stream();
        }
    }
}
