package curio.content;

import curio.store.Keys;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Reloads the content packs on every replica ({@code admin content reload}): the replica that is
 * asked reads its packs again and notes in Redis ({@link Keys#CONTENT_RELOADED}) when that library
 * was loaded; every replica checks the note every 15 seconds and reloads when its own library is
 * older. A replica started later loaded the packs then, so it has nothing to catch up on.
 */
@Singleton
public class ContentReloads {

    private static final Logger LOG = LoggerFactory.getLogger(ContentReloads.class);
    private final UnifiedJedis redis;
    private final YamlPromptLibrary library;
    /** The last note followed, so a reload that keeps failing here is tried once per note, not every check. */
    private volatile String followed;

    public ContentReloads(UnifiedJedis redis, YamlPromptLibrary library) {
        this.redis = redis;
        this.library = library;
    }

    /** Reloads here and has the other replicas follow; what this replica serves now. */
    public ContentReport reload() {
        ContentReport report = library.reload();
        if (!report.kept()) {
            redis.set(Keys.CONTENT_RELOADED, Long.toString(report.loadedAt().toEpochMilli()));
        }
        return report;
    }

    /** Reloads when another replica was asked to after this one's library was loaded. */
    @Scheduled(fixedDelay = "15s", initialDelay = "15s")
    void follow() {
        try {
            String asked = redis.get(Keys.CONTENT_RELOADED);
            if (asked != null && !asked.equals(followed)
                    && Instant.ofEpochMilli(Long.parseLong(asked)).isAfter(library.report().loadedAt())) {
                followed = asked;
                LOG.info("Content packs reloaded on another replica: reloading them here");
                library.reload();
            }
        } catch (JedisException | NumberFormatException e) {
            LOG.warn("Could not check whether the content packs were reloaded elsewhere: {}", e.toString());
        }
    }
}
