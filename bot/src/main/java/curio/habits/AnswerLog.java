package curio.habits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.LuaScript;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * What learners wrote: check-ins and reflections, newest first, capped, and dropped once older
 * than the retention window ({@code curio.retention-days}, default 180). Writing and pruning is
 * one script ({@code curio/answers.lua}), so the log never holds expired answers after a write.
 */
@Singleton
public class AnswerLog {

    static final int CAPACITY = 500;
    /** The library that appends and prunes: {@code append_answer(log, entry, capacity, cutoff)}. */
    public static final String LIBRARY = "answers.lua";
    private static final LuaScript APPEND_AND_PRUNE = LuaScript.of(List.of(LIBRARY),
            "return append_answer(KEYS[1], ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]))");

    private final UnifiedJedis redis;
    private final ObjectMapper json;
    private final int retentionDays;

    public AnswerLog(UnifiedJedis redis, ObjectMapper json, @Value("${curio.retention-days:180}") int retentionDays) {
        this.redis = redis;
        this.json = json;
        this.retentionDays = retentionDays;
    }

    /** A check-in ("what did you try today?"); its entry has no prompt. */
    public static final String CHECK_IN = "checkin";
    /** Words written for a prompt (a reflection, how a try went). */
    public static final String REFLECTION = "reflect";
    /** A quiz answered: the entry's text is {@link #RIGHT} or {@link #WRONG}, not words of the learner. */
    public static final String QUIZ = "quiz";
    /** A tip read or a try done, without words: the entry's text is empty. */
    public static final String DONE = "done";
    public static final String RIGHT = "right";
    public static final String WRONG = "wrong";

    /**
     * One entry: {@code kind} is {@link #CHECK_IN}, {@link #REFLECTION}, {@link #QUIZ} or {@link #DONE};
     * {@code promptId} is empty for check-ins. The dashboard counts quiz accuracy and prompts per track from these.
     */
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
        APPEND_AND_PRUNE.run(redis, List.of(Keys.answers(user)), scriptArgs(day, kind, promptId, text));
    }

    /**
     * What {@code append_answer} takes after the log's key: the entry, the capacity and the retention
     * cutoff, for a script that appends as part of a larger step.
     */
    public List<String> scriptArgs(LocalDate day, String kind, String promptId, String text) {
        try {
            return args(json.writeValueAsString(new Entry(day.toEpochDay(), kind, promptId, text)), day);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops answers older than the retention window; returns how many are left. */
    public long prune(UserRef user, LocalDate today) {
        return (Long) APPEND_AND_PRUNE.run(redis, List.of(Keys.answers(user)), args("", today));
    }

    public List<Entry> recent(UserRef user, int limit) {
        return entries(redis.lrange(Keys.answers(user), 0, limit - 1L));
    }

    /** The entries of a log read elsewhere (a pipeline), newest first. */
    public List<Entry> entries(List<String> log) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : log) {
            try {
                entries.add(json.readValue(raw, Entry.class));
            } catch (JsonProcessingException e) {
                // an entry this version cannot read is skipped, not fatal
            }
        }
        return entries;
    }

    private List<String> args(String entry, LocalDate today) {
        return List.of(entry, Integer.toString(CAPACITY), Long.toString(today.toEpochDay() - retentionDays));
    }
}
