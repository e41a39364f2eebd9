package curio.habits;

import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.RedisScript;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * Applies the streak rules of DESIGN.md with one atomic Lua script ({@code curio/streak.lua}):
 * one round trip per check-in, idempotent for the same learning day.
 */
@Singleton
public class StreakRules {

    private final RedisScript script;

    public StreakRules(UnifiedJedis redis) {
        this.script = RedisScript.resource(redis, "/curio/streak.lua");
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
        return Streak.of((List<Long>) script.run(keys, args));
    }
}
