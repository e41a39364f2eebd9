package curio.habits;

import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.LuaScript;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * Applies the streak rules of DESIGN.md with one atomic Lua script ({@code curio/streak.lua}):
 * one round trip per check-in, idempotent for the same learning day. The chat check-in runs the
 * same rules inside its own script (see {@code curio/arrival.lua}).
 */
@Singleton
public class StreakRules {

    /** The library that holds the rules: {@code streak(learner, bitmap, today, learn)}. */
    public static final String LIBRARY = "streak.lua";
    private static final LuaScript SCRIPT = LuaScript.of(List.of(LIBRARY),
            "return streak(KEYS[1], KEYS[2], tonumber(ARGV[1]), ARGV[2] == 'learn')");

    private final UnifiedJedis redis;

    public StreakRules(UnifiedJedis redis) {
        this.redis = redis;
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
        return Streak.of((List<Long>) SCRIPT.run(redis, List.of(Keys.learner(user), Keys.days(user)),
                List.of(Long.toString(day.toEpochDay()), mode)));
    }
}
