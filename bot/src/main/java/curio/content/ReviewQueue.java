package curio.content;

import curio.chat.UserRef;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/**
 * Spaced repetition for quiz items answered wrong (Leitner boxes 1..4, due after 1, 3, 7 and
 * 14 days). A wrong answer puts the item in box 1; a right answer on review moves it up a box,
 * and out of the queue after box 4. The score is {@code dueEpochDay * 10 + box}.
 */
@Singleton
public class ReviewQueue {

    static final int[] INTERVAL_DAYS = {0, 1, 3, 7, 14};
    private final UnifiedJedis redis;

    public ReviewQueue(UnifiedJedis redis) {
        this.redis = redis;
    }

    public void answeredWrong(UserRef user, String promptId, LocalDate day) {
        redis.zadd(Keys.review(user), score(day.plusDays(INTERVAL_DAYS[1]), 1), promptId);
    }

    public void answeredRight(UserRef user, String promptId, LocalDate day) {
        Double score = redis.zscore(Keys.review(user), promptId);
        if (score == null) {
            return;
        }
        int box = (int) (score.longValue() % 10);
        if (box >= 4) {
            redis.zrem(Keys.review(user), promptId);
        } else {
            redis.zadd(Keys.review(user), score(day.plusDays(INTERVAL_DAYS[box + 1]), box + 1), promptId);
        }
    }

    /** Items due on or before {@code day}, the most overdue first. */
    public List<String> due(UserRef user, LocalDate day, int limit) {
        return redis.zrangeByScore(Keys.review(user), Double.NEGATIVE_INFINITY, score(day, 9), 0, limit);
    }

    public Optional<LocalDate> dueDay(UserRef user, String promptId) {
        Double score = redis.zscore(Keys.review(user), promptId);
        return score == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(score.longValue() / 10));
    }

    private static double score(LocalDate due, int box) {
        return due.toEpochDay() * 10.0 + box;
    }
}
