package curio.content;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link PromptLibrary}: the starter packs shipped in the jar, then, when
 * {@code curio.content-dir} (env {@code CURIO_CONTENT_DIR}) names a folder, every pack in it.
 * Created at startup, so a broken pack stops the bot with a {@link ContentPackException} that
 * names the file, line and field.
 */
@Context
public final class YamlPromptLibrary implements PromptLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(YamlPromptLibrary.class);
    private final PackLibrary library;

    @Inject
    public YamlPromptLibrary(@Value("${curio.content-dir:}") String contentDir) {
        PackSources sources = new PackSources();
        List<ContentPack> packs = new ArrayList<>(sources.builtIn(YamlPromptLibrary.class.getClassLoader()));
        if (contentDir != null && !contentDir.isBlank()) {
            List<ContentPack> adminPacks = sources.folder(Path.of(contentDir));
            LOG.info("Loaded {} content pack(s) from {}", adminPacks.size(), contentDir);
            packs.addAll(adminPacks);
        }
        this.library = PackLibrary.of(packs);
        LOG.info("Content library: {} tracks, {} prompts", library.tracks().size(),
                library.tracks().stream().mapToInt(track -> track.prompts().size()).sum());
    }

    /** Only the built-in starter library, without any admin packs. */
    public static YamlPromptLibrary starter() {
        return new YamlPromptLibrary("");
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
