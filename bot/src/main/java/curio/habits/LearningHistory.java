package curio.habits;

import curio.chat.Block;
import curio.chat.UserRef;
import curio.store.Keys;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import redis.clients.jedis.UnifiedJedis;

/** Reads the learning-day bitmap the streak script writes (bit 0 = enrolment day, MSB first). */
@Singleton
public class LearningHistory {

    public static final int HEATMAP_WEEKS = 12;
    /** The learner hash field holding bit 0's day (the streak script writes it). */
    public static final String ORIGIN_FIELD = "org";
    private final UnifiedJedis redis;

    public LearningHistory(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** The last {@link #HEATMAP_WEEKS} weeks ending on {@code today}. */
    public Block.Heatmap heatmap(UserRef user, LocalDate today) {
        return heatmap(user, today, Texts.in(Locale.ENGLISH));
    }

    /** The heatmap titled in the learner's language, its weekdays named in it. */
    public Block.Heatmap heatmap(UserRef user, LocalDate today, Texts texts) {
        LocalDate first = today.minusDays(HEATMAP_WEEKS * 7L - 1);
        BitSet days = new BitSet();
        for (LocalDate day : learningDays(user)) {
            long index = day.toEpochDay() - first.toEpochDay();
            if (index >= 0 && index < HEATMAP_WEEKS * 7L) {
                days.set((int) index);
            }
        }
        return new Block.Heatmap(today, HEATMAP_WEEKS, days, texts.get("heatmap.title", HEATMAP_WEEKS), texts.language());
    }

    /** Every learning day on record, oldest first. */
    public List<LocalDate> learningDays(UserRef user) {
        return learningDays(redis.hget(Keys.learner(user), ORIGIN_FIELD),
                redis.get(Keys.days(user).getBytes(StandardCharsets.UTF_8)));
    }

    /** The learning days of a bitmap read elsewhere (a pipeline), {@code origin} its learner's field {@value #ORIGIN_FIELD}. */
    public static List<LocalDate> learningDays(String origin, byte[] bitmap) {
        List<LocalDate> days = new ArrayList<>();
        if (origin == null || bitmap == null) {
            return days;
        }
        long org = Long.parseLong(origin);
        for (int i = 0; i < bitmap.length * 8; i++) {
            if ((bitmap[i / 8] & (0x80 >> (i % 8))) != 0) {
                days.add(LocalDate.ofEpochDay(org + i));
            }
        }
        return days;
    }
}
