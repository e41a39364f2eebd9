package curio.content;

import curio.content.ContentPackException.Problem;
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

    /** The built-in packs, in index order; any problem in any of them fails, naming them all. */
    public List<ContentPack> builtIn(ClassLoader classLoader) {
        List<ContentPack> packs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String line : read(classLoader, INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                String file = "content/" + name;
                try {
                    packs.add(loader.load(file, read(classLoader, file)));
                } catch (ContentPackException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentPackException(problems);
        }
        return packs;
    }

    /**
     * Every {@code *.yml} / {@code *.yaml} directly in {@code folder}, in file-name order. A pack with
     * problems is left out, and its problems are listed with the packs read; a folder that is not
     * there fails with a {@link ContentPackException}.
     */
    public LoadedPacks folder(Path folder) {
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
            List<Problem> problems = new ArrayList<>();
            for (Path path : packFiles) {
                try {
                    packs.add(loader.load(path.toString(), readPack(path)));
                } catch (ContentPackException e) {
                    problems.addAll(e.problems());
                }
            }
            return new LoadedPacks(packs, problems, packFiles.size() - packs.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content packs in " + folder, e);
        }
    }

    /** The packs of a folder that can be served, and the problems of those left out ({@code skipped}). */
    public record LoadedPacks(List<ContentPack> packs, List<Problem> problems, int skipped) {
        public LoadedPacks {
            packs = List.copyOf(packs);
            problems = List.copyOf(problems);
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
