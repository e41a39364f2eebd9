package curio.content;

import curio.content.ContentPackException.Problem;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link PromptLibrary}: the starter packs shipped in the jar, then, when
 * {@code curio.content-dir} (env {@code CURIO_CONTENT_DIR}) names a folder, every pack in it.
 * Created at startup: a problem in a built-in pack, or a content folder that is not there, stops
 * the bot; an admin pack with problems is skipped, and every problem of every pack is logged in one
 * list naming the file, line and field. {@link #reload()} reads the admin packs again.
 */
@Context
public final class YamlPromptLibrary implements PromptLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(YamlPromptLibrary.class);
    private final List<ContentPack> builtIn;
    private final Optional<Path> folder;
    private final Clock clock;
    private volatile PackLibrary library;
    private volatile ContentReport report;

    @Inject
    public YamlPromptLibrary(@Value("${curio.content-dir:}") String contentDir, Clock clock) {
        this.clock = clock;
        this.builtIn = StarterPacks.of(YamlPromptLibrary.class.getClassLoader());
        PackLibrary.of(builtIn);
        this.folder = contentDir == null || contentDir.isBlank() ? Optional.empty() : Optional.of(Path.of(contentDir));
        load(folder.map(path -> new PackSources().folder(path)));
    }

    /** Only the built-in starter library, without any admin packs. */
    public static YamlPromptLibrary starter() {
        return new YamlPromptLibrary("", Clock.systemUTC());
    }

    /**
     * Reads the admin packs again and serves them from now on (the built-in ones do not change).
     * When the folder cannot be read at all, the packs loaded before stay.
     */
    public synchronized ContentReport reload() {
        if (folder.isEmpty()) {
            return load(Optional.empty());
        }
        try {
            return load(Optional.of(new PackSources().folder(folder.get())));
        } catch (ContentPackException e) {
            ContentReport failed = new ContentReport(report.packs(), library.tracks().size(), library.size(), 0,
                    e.problems(), true, report.loadedAt());
            LOG.warn("Content packs not reloaded, the library loaded before stays:\n  {}", lines(e.problems()));
            return failed;
        }
    }

    /** What the last load served and skipped. */
    public ContentReport report() {
        return report;
    }

    private synchronized ContentReport load(Optional<PackSources.LoadedPacks> admin) {
        List<Problem> problems = new ArrayList<>(admin.map(PackSources.LoadedPacks::problems).orElse(List.of()));
        List<ContentPack> adminPacks = admin.map(PackSources.LoadedPacks::packs).orElse(List.of());
        int clashing = problems.size();
        PackLibrary loaded = PackLibrary.of(builtIn, adminPacks, problems);
        int skippedForClashes = (int) problems.subList(clashing, problems.size()).stream().map(Problem::file).distinct().count();
        int skipped = admin.map(PackSources.LoadedPacks::skipped).orElse(0) + skippedForClashes;
        ContentReport loadedReport = new ContentReport(builtIn.size() + adminPacks.size() - skippedForClashes,
                loaded.tracks().size(), loaded.size(), skipped, problems, false, clock.instant());
        this.library = loaded;
        this.report = loadedReport;
        LOG.info("Content library: {}{}", loadedReport.summary(), folder.map(path -> " (admin packs from " + path + ")").orElse(""));
        if (!problems.isEmpty()) {
            LOG.warn("Content packs skipped for these problems:\n  {}", lines(problems));
        }
        return loadedReport;
    }

    private static String lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
    }

    @Override
    public List<Track> tracks() {
        return library.tracks();
    }

    @Override
    public Optional<Track> track(String id) {
        return library.track(id);
    }

    @Override
    public Optional<Prompt> prompt(String id) {
        return library.prompt(id);
    }
}
