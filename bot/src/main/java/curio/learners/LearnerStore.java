package curio.learners;

import curio.chat.ConversationRef;
import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.content.PromptLibrary;
import curio.content.Track;
import curio.learners.Learner.Status;
import curio.store.Keys;
import curio.words.Texts;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;

/**
 * Learners in Redis: one hash per learner (preferences, streak, content cursors) in the
 * workspace's hash-tagged key space, plus the workspace's learner set.
 */
@Singleton
public class LearnerStore {

    private static final int KEPT_PAUSES = 8;
    private final UnifiedJedis redis;
    private final PromptLibrary library;
    private final ZoneHints zones = new ZoneHints();

    public LearnerStore(UnifiedJedis redis, PromptLibrary library) {
        this.redis = redis;
        this.library = library;
    }

    public Optional<Learner> find(UserRef user) {
        return read(user, redis.hgetAll(Keys.learner(user)));
    }

    /**
     * The learner with the hash it was read from, for a caller (the scheduled messages) that would
     * otherwise read fields of that hash again, one round trip each. The hash is as of the read: a
     * field another caller may change meanwhile is read afresh where it matters.
     */
    public record Snapshot(Learner learner, Map<String, String> hash) {

        public Optional<LocalDate> autoPausedOn() {
            return day(hash.get(LearnerFields.AUTO_PAUSED));
        }

        public Optional<LocalDate> lastSeen() {
            return day(hash.get(LearnerFields.SEEN));
        }

        /** Whether the learner was asked for a goal in that quarter already (it is asked once). */
        public boolean goalAskedIn(String quarter) {
            return quarter.equals(hash.get(LearnerFields.GOAL_ASKED));
        }

        private static Optional<LocalDate> day(String epochDay) {
            return epochDay == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(Long.parseLong(epochDay)));
        }
    }

    /** The learner and the whole learner hash, in one round trip; empty when not enrolled. */
    public Optional<Snapshot> snapshot(UserRef user) {
        Map<String, String> hash = redis.hgetAll(Keys.learner(user));
        return read(user, hash).map(learner -> new Snapshot(learner, hash));
    }

    /** The learner in a learner hash read by a script; empty when the hash holds no enrolment. */
    public Optional<Learner> read(UserRef user, Map<String, String> hash) {
        if (!hash.containsKey(LearnerFields.STATUS)) {
            return Optional.empty();
        }
        Learner learner = LearnerFields.read(user, hash, trackIds());
        zones.seen(user, learner.zone());
        return Optional.of(learner);
    }

    /**
     * The learner's time zone as this replica last saw it (UTC if never): a guess for reckoning
     * their day before reading them, to be checked against the stored zone.
     */
    public ZoneId zoneGuess(UserRef user) {
        return zones.guess(user);
    }

    /**
     * Enrols (or re-enrols) a learner, keeping any earlier preferences and history: {@code zone} and
     * {@code language} (the platform profile's) only count for someone new.
     */
    public Learner enrol(UserRef user, String name, ZoneId zone, Locale language, LocalDate today) {
        String key = Keys.learner(user);
        Map<String, String> defaults = new HashMap<>();
        defaults.put(LearnerFields.ZONE, zone.getId());
        defaults.put(LearnerFields.LANGUAGE, Texts.language(language).getLanguage());
        defaults.put(LearnerFields.PROMPT_AT, Learner.DEFAULT_PROMPT.toString());
        defaults.put(LearnerFields.CHECKIN_AT, Learner.DEFAULT_CHECKIN.toString());
        defaults.put(LearnerFields.DAYS, Integer.toString(WorkingDays.mask(Learner.WEEKDAYS)));
        defaults.put(LearnerFields.ORIGIN, Long.toString(today.toEpochDay()));
        Map<String, String> existing = redis.hgetAll(key);
        existing.keySet().forEach(defaults::remove);
        defaults.put(LearnerFields.STATUS, Status.ACTIVE.name());
        defaults.put(LearnerFields.NAME, name);
        defaults.put(LearnerFields.IGNORED, "0");
        defaults.put(LearnerFields.PAUSES, closedPauses(user, today));
        redis.hset(key, defaults);
        redis.hdel(key, LearnerFields.PAUSED_UNTIL, LearnerFields.AUTO_PAUSED);
        redis.sadd(Keys.learners(user.tenant()), user.userId());
        redis.sadd(Keys.TENANTS, user.tenant().key());
        return find(user).orElseThrow();
    }

    /**
     * Stops prompts. A pause still open ends yesterday, so the days after a stop break the
     * streak as usual instead of counting as paused forever.
     */
    public void stop(UserRef user, LocalDate today) {
        redis.hset(Keys.learner(user), Map.of(LearnerFields.STATUS, Status.STOPPED.name(),
                LearnerFields.PAUSES, closedPauses(user, today)));
        redis.hdel(Keys.learner(user), LearnerFields.PAUSED_UNTIL, LearnerFields.AUTO_PAUSED);
    }

    public void setZone(UserRef user, ZoneId zone) {
        redis.hset(Keys.learner(user), LearnerFields.ZONE, zone.getId());
        zones.seen(user, zone);
    }

    public void setLanguage(UserRef user, Locale language) {
        redis.hset(Keys.learner(user), LearnerFields.LANGUAGE, Texts.language(language).getLanguage());
    }

    public void setTimes(UserRef user, LocalTime promptAt, LocalTime checkinAt) {
        redis.hset(Keys.learner(user), Map.of(LearnerFields.PROMPT_AT, promptAt.toString(),
                LearnerFields.CHECKIN_AT, checkinAt.toString()));
    }

    public void setWorkingDays(UserRef user, Set<java.time.DayOfWeek> days) {
        redis.hset(Keys.learner(user), LearnerFields.DAYS, Integer.toString(WorkingDays.mask(days)));
    }

    /**
     * Stores the topics as the tracks left out, so the hash stays small and tracks added later
     * reach everyone who did not opt out of them.
     */
    public void setTopics(UserRef user, List<String> topics) {
        List<String> excluded = trackIds().stream().filter(id -> !topics.contains(id)).toList();
        if (excluded.isEmpty()) {
            redis.hdel(Keys.learner(user), LearnerFields.EXCLUDED_TOPICS);
        } else {
            redis.hset(Keys.learner(user), LearnerFields.EXCLUDED_TOPICS, String.join(",", excluded));
        }
    }

    private List<String> trackIds() {
        return library.tracks().stream().map(Track::id).toList();
    }

    public void setSharing(UserRef user, boolean sharing) {
        redis.hset(Keys.learner(user), LearnerFields.SHARING, sharing ? "1" : "0");
    }

    public void setGoal(UserRef user, String goal, LocalDate today) {
        redis.hset(Keys.learner(user), Map.of(LearnerFields.GOAL, goal, LearnerFields.GOAL_QUARTER, Learner.quarter(today)));
    }

    /**
     * Marks the quarter's goal question as asked; false when it already was. One script, so the
     * schedule and a {@code today} at the same moment cannot both ask.
     */
    public boolean askGoalOnce(UserRef user, LocalDate today) {
        Object first = redis.eval("""
                if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return 0 end
                redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
                return 1
                """, List.of(Keys.learner(user)), List.of(LearnerFields.GOAL_ASKED, Learner.quarter(today)));
        return Long.valueOf(1).equals(first);
    }

    public void setConversation(UserRef user, ConversationRef conversation) {
        redis.hset(Keys.learner(user), LearnerFields.CONVERSATION, conversation.value());
    }

    /** The learner can no longer be reached there (Teams personal uninstall): no proactive messages. */
    public void forgetConversation(UserRef user) {
        redis.hdel(Keys.learner(user), LearnerFields.CONVERSATION);
    }

    /** Notes an interaction: the learner is not ignoring Curio. */
    public void seen(UserRef user, LocalDate day) {
        redis.hset(Keys.learner(user), Map.of(LearnerFields.IGNORED, "0",
                LearnerFields.SEEN, Long.toString(day.toEpochDay())));
    }

    /** Counts {@code day} as ignored, once however often it is asked (deliveries are retried). */
    public void ignored(UserRef user, LocalDate day) {
        String key = Keys.learner(user);
        String mark = Long.toString(day.toEpochDay());
        if (!mark.equals(redis.hget(key, LearnerFields.IGNORED_DAY))) {
            redis.hset(key, LearnerFields.IGNORED_DAY, mark);
            redis.hincrBy(key, LearnerFields.IGNORED, 1);
        }
    }

    /** Curio paused the learner itself on {@code day} after too many ignored days. */
    public void autoPause(UserRef user, LocalDate day) {
        pause(user, day, Optional.empty());
        redis.hset(Keys.learner(user), LearnerFields.AUTO_PAUSED, Long.toString(day.toEpochDay()));
    }

    /** The day Curio paused the learner itself, if it did. */


    /**
     * Pauses from {@code from} through {@code until} (inclusive; empty = until resumed). Paused days
     * neither extend nor break the streak.
     */
    public void pause(UserRef user, LocalDate from, Optional<LocalDate> until) {
        long end = until.map(LocalDate::toEpochDay).orElse(LearnerFields.OPEN_END);
        List<String> ranges = pauses(user);
        ranges.add(from.toEpochDay() + "-" + end);
        Map<String, String> fields = new HashMap<>();
        fields.put(LearnerFields.STATUS, Status.PAUSED.name());
        fields.put(LearnerFields.PAUSES, String.join(";", ranges.subList(Math.max(0, ranges.size() - KEPT_PAUSES), ranges.size())));
        until.ifPresent(day -> fields.put(LearnerFields.PAUSED_UNTIL, Long.toString(day.toEpochDay())));
        redis.hset(Keys.learner(user), fields);
        if (until.isEmpty()) {
            redis.hdel(Keys.learner(user), LearnerFields.PAUSED_UNTIL);
        }
    }

    /** Ends a pause: the open range now ends yesterday, and the learner is active again. */
    public void resume(UserRef user, LocalDate today) {
        redis.hset(Keys.learner(user), Map.of(LearnerFields.STATUS, Status.ACTIVE.name(),
                LearnerFields.PAUSES, closedPauses(user, today), LearnerFields.IGNORED, "0"));
        redis.hdel(Keys.learner(user), LearnerFields.PAUSED_UNTIL, LearnerFields.AUTO_PAUSED);
    }

    private String closedPauses(UserRef user, LocalDate today) {
        List<String> closed = new ArrayList<>();
        long yesterday = today.toEpochDay() - 1;
        for (String range : pauses(user)) {
            String[] ends = range.split("-");
            long from = Long.parseLong(ends[0]);
            long to = Math.min(Long.parseLong(ends[1]), yesterday);
            if (to >= from) {
                closed.add(from + "-" + to);
            }
        }
        return String.join(";", closed);
    }

    private List<String> pauses(UserRef user) {
        String value = redis.hget(Keys.learner(user), LearnerFields.PAUSES);
        return value == null || value.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(value.split(";")));
    }

    public Set<String> learnerIds(TenantId tenant) {
        return redis.smembers(Keys.learners(tenant));
    }

    public Map<String, String> raw(UserRef user) {
        return redis.hgetAll(Keys.learner(user));
    }
}
