package curio.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds pack files: the built-in ones listed in {@code content/index.txt} on the classpath
 * (a directory inside a jar cannot be listed) and an admin's {@code *.yml} files in a folder.
 */
public final class PackSources {

    public static final String INDEX = "content/index.txt";
    private final ContentPackLoader loader = new ContentPackLoader();

    /** The built-in packs, in index order. */
    public List<ContentPack> builtIn(ClassLoader classLoader) {
        List<ContentPack> packs = new ArrayList<>();
        for (String line : read(classLoader, INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                String file = "content/" + name;
                packs.add(loader.load(file, read(classLoader, file)));
            }
        }
        return packs;
    }

    /** Every {@code *.yml} / {@code *.yaml} directly in {@code folder}, in file-name order. */
    public List<ContentPack> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ContentPackException(folder.toString(), 1, "", "curio.content-dir (CURIO_CONTENT_DIR) must name a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> packFiles = files
                    .filter(path -> path.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            List<ContentPack> packs = new ArrayList<>();
            for (Path path : packFiles) {
                packs.add(loader.load(path.toString(), readPack(path)));
            }
            return packs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content packs in " + folder, e);
        }
    }

    private static String readPack(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentPackException(path.toString(), 1, "", "cannot be read as UTF-8 text (" + e + ")");
        }
    }

    private static String read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentPackException(resource, 1, "", "is missing from the classpath (listed in " + INDEX + "?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
