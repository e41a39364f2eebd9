package curio.habits;

import curio.chat.Block;
import curio.chat.UserRef;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.BitSet;
import redis.clients.jedis.RedisClient;

/** Reads the learning-day bitmap the streak script writes (bit 0 = enrolment day, MSB first). */
@Singleton
public class LearningHistory {

    public static final int HEATMAP_WEEKS = 12;
    private final RedisClient redis;

    public LearningHistory(RedisClient redis) {
        this.redis = redis;
    }

    /** The last {@link #HEATMAP_WEEKS} weeks ending on {@code today}. */
    public Block.Heatmap heatmap(UserRef user, LocalDate today) {
        BitSet days = new BitSet();
        String origin = redis.hget(Keys.learner(user), "org");
        byte[] bitmap = redis.get(Keys.days(user).getBytes(StandardCharsets.UTF_8));
        LocalDate first = today.minusDays(HEATMAP_WEEKS * 7L - 1);
        if (origin != null && bitmap != null) {
            long org = Long.parseLong(origin);
            for (int i = 0; i < HEATMAP_WEEKS * 7; i++) {
                long offset = first.toEpochDay() + i - org;
                if (offset >= 0 && offset / 8 < bitmap.length
                        && (bitmap[(int) (offset / 8)] & (0x80 >> (offset % 8))) != 0) {
                    days.set(i);
                }
            }
        }
        return new Block.Heatmap(today, HEATMAP_WEEKS, days);
    }
}
