package curio.habits;

import curio.chat.UserRef;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Applies the streak rules of DESIGN.md with one atomic Lua script ({@code curio/streak.lua}):
 * one round trip per check-in, idempotent for the same learning day.
 */
@Singleton
public class StreakRules {

    private final UnifiedJedis redis;
    private final String script;
    private volatile String sha;

    public StreakRules(UnifiedJedis redis) {
        this.redis = redis;
        this.script = load();
    }

    /** Counts {@code day} as a learning day and returns the updated streak. */
    public Streak learn(UserRef user, LocalDate day) {
        return run(user, day, "learn");
    }

    /** The streak as it stands on {@code day}, breaks and freezes applied, without writing. */
    public Streak peek(UserRef user, LocalDate day) {
        return run(user, day, "peek");
    }

    @SuppressWarnings("unchecked")
    private Streak run(UserRef user, LocalDate day, String mode) {
        List<String> keys = List.of(Keys.learner(user), Keys.days(user));
        List<String> args = List.of(Long.toString(day.toEpochDay()), mode);
        if (sha == null) {
            sha = redis.scriptLoad(script, keys.get(0));
        }
        try {
            return Streak.of((List<Long>) redis.evalsha(sha, keys, args));
        } catch (JedisNoScriptException e) {
            sha = null;
            return Streak.of((List<Long>) redis.eval(script, keys, args));
        }
    }

    private static String load() {
        try (InputStream in = StreakRules.class.getResourceAsStream("/curio/streak.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
