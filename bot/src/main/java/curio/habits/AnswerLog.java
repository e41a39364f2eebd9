package curio.habits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.UserRef;
import curio.store.Keys;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * What learners wrote: check-ins and reflections, newest first, capped, and dropped once older
 * than the retention window ({@code curio.retention-days}, default 180). Writing and pruning is
 * one script, so the log never holds expired answers after a write.
 */
@Singleton
public class AnswerLog {

    static final int CAPACITY = 500;
    private static final String APPEND_AND_PRUNE = """
            if ARGV[1] ~= '' then
              redis.call('LPUSH', KEYS[1], ARGV[1])
              redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
            end
            local cutoff = tonumber(ARGV[3])
            while true do
              local oldest = redis.call('LINDEX', KEYS[1], -1)
              if not oldest then break end
              local day = tonumber(string.match(oldest, '"e":(%-?%d+)'))
              if day and day < cutoff then redis.call('RPOP', KEYS[1]) else break end
            end
            return redis.call('LLEN', KEYS[1])
            """;

    private final UnifiedJedis redis;
    private final ObjectMapper json;
    private final int retentionDays;

    public AnswerLog(UnifiedJedis redis, ObjectMapper json, @Value("${curio.retention-days:180}") int retentionDays) {
        this.redis = redis;
        this.json = json;
        this.retentionDays = retentionDays;
    }

    /** One answer: {@code kind} is "checkin" or "reflect"; {@code promptId} is empty for check-ins. */
    public record Entry(long e, String kind, String prompt, String text) {
        public Entry {
            prompt = prompt == null ? "" : prompt;
            text = text == null ? "" : text;
        }

        public LocalDate day() {
            return LocalDate.ofEpochDay(e);
        }
    }

    public void append(UserRef user, LocalDate day, String kind, String promptId, String text) {
        try {
            String entry = json.writeValueAsString(new Entry(day.toEpochDay(), kind, promptId, text));
            run(user, entry, day);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops answers older than the retention window; returns how many are left. */
    public long prune(UserRef user, LocalDate today) {
        return run(user, "", today);
    }

    public List<Entry> recent(UserRef user, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : redis.lrange(Keys.answers(user), 0, limit - 1L)) {
            try {
                entries.add(json.readValue(raw, Entry.class));
            } catch (JsonProcessingException e) {
                // an entry this version cannot read is skipped, not fatal
            }
        }
        return entries;
    }

    private long run(UserRef user, String entry, LocalDate today) {
        long cutoff = today.toEpochDay() - retentionDays;
        Object left = redis.eval(APPEND_AND_PRUNE, List.of(Keys.answers(user)),
                List.of(entry, Integer.toString(CAPACITY), Long.toString(cutoff)));
        return (Long) left;
    }
}
