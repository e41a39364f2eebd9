package curio.web;

import curio.chat.ChatFile;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Files Curio sent a web user (an export), kept for {@link #KEEP} under a random id so the playground
 * can download them from {@code /web/api/files/<id>?user=…}. In memory and bounded ({@link #MAX_FILES},
 * the oldest dropped first), as the inbox is: the playground is for trying Curio. Expiry follows the
 * engine's clock, so a playground whose demo clock moves on sees its files expire too.
 */
class WebDownloads {

    static final Duration KEEP = Duration.ofHours(1);
    static final int MAX_FILES = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Kept(String owner, ChatFile file, long until) {
    }

    private final Map<String, Kept> files = new LinkedHashMap<>();
    private final Clock clock;

    WebDownloads(Clock clock) {
        this.clock = clock;
    }

    /** Keeps {@code file} for {@code owner} (a user, or a room {@code #name}); returns its id. */
    synchronized String keep(String owner, ChatFile file) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        files.put(id, new Kept(owner, file, clock.millis() + KEEP.toMillis()));
        while (files.size() > MAX_FILES) {
            files.remove(files.keySet().iterator().next());
        }
        return id;
    }

    /** The file kept as {@code id} for {@code owner}, unless it has expired. */
    synchronized Optional<ChatFile> find(String owner, String id) {
        Kept kept = files.get(id);
        if (kept != null && kept.until() < clock.millis()) {
            files.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(kept).filter(k -> k.owner().equals(owner)).map(Kept::file);
    }

    /** Forgets a user's files (they deleted their data). */
    synchronized void clear(String owner) {
        files.values().removeIf(k -> k.owner().equals(owner));
    }
}
