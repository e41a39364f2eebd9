package curio.challenges;

import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.store.Keys;
import curio.store.LuaScript;
import curio.store.SlotTransaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/**
 * Challenges and their progress in Redis. A challenge's keys (one workspace's hash tag) are written in
 * one transaction or not at all; the index of open challenges of every workspace is another slot on
 * Redis Cluster, so it is written apart, before the challenge and after it is finished.
 */
@Singleton
public class ChallengeStore {

    /**
     * Counts a tagged check-in in the progress hash (KEYS[1]) at most once per member and learning day
     * (ARGV[2]), whatever the unit; a counted one marks the challenge (KEYS[2]) dirty for the board, and
     * one at or past the target (ARGV[3]) is news for the lead (KEYS[3], entry ARGV[4]) once per member
     * ({@code user:told}). Returns {count, 1 when counted now, 1 when news now}, or {-1, 0, 0} for
     * someone who has not joined.
     */
    private static final LuaScript RECORD = LuaScript.of(List.of(), """
            local count = redis.call('HGET', KEYS[1], ARGV[1])
            if not count then return {-1, 0, 0} end
            if redis.call('HGET', KEYS[1], ARGV[1] .. ':d') == ARGV[2] then return {tonumber(count), 0, 0} end
            redis.call('HSET', KEYS[1], ARGV[1] .. ':d', ARGV[2])
            redis.call('HSET', KEYS[2], 'dirty', '1')
            local now = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
            if now >= tonumber(ARGV[3]) and redis.call('HSETNX', KEYS[1], ARGV[1] .. ':told', '1') == 1 then
              redis.call('RPUSH', KEYS[3], ARGV[4])
              return {now, 1, 1}
            end
            return {now, 1, 0}
            """);

    /**
     * After the target changed to ARGV[1]: every member of the progress hash (KEYS[1]) now at or past it
     * and not yet told about is news for the lead (KEYS[2], entries {@code ARGV[2] user}). Returns how many.
     */
    private static final LuaScript ANNOUNCE_REACHED = LuaScript.of(List.of(), """
            local fields = redis.call('HGETALL', KEYS[1])
            local queued = 0
            for i = 1, #fields, 2 do
              local member = fields[i]
              local count = member:sub(-2) ~= ':d' and member:sub(-5) ~= ':kept' and member:sub(-5) ~= ':told'
              if count and tonumber(fields[i + 1]) >= tonumber(ARGV[1])
                  and redis.call('HSETNX', KEYS[1], member .. ':told', '1') == 1 then
                redis.call('RPUSH', KEYS[2], ARGV[2] .. ' ' .. member)
                queued = queued + 1
              end
            end
            return queued
            """);

    /**
     * Joins (KEYS[1] progress, KEYS[2] challenge): progress kept from an earlier leave ({@code user:kept})
     * comes back. Returns the progress, or -1 for someone already in.
     */
    private static final LuaScript JOIN = LuaScript.of(List.of(), """
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return -1 end
            local kept = redis.call('HGET', KEYS[1], ARGV[1] .. ':kept') or '0'
            redis.call('HSET', KEYS[1], ARGV[1], kept)
            redis.call('HDEL', KEYS[1], ARGV[1] .. ':kept')
            redis.call('HSET', KEYS[2], 'dirty', '1')
            return tonumber(kept)
            """);

    /** Leaves, keeping the progress (and the last counted day) for a re-join; returns it, or -1 if not in. */
    private static final LuaScript LEAVE = LuaScript.of(List.of(), """
            local count = redis.call('HGET', KEYS[1], ARGV[1])
            if not count then return -1 end
            redis.call('HSET', KEYS[1], ARGV[1] .. ':kept', count)
            redis.call('HDEL', KEYS[1], ARGV[1])
            redis.call('HSET', KEYS[2], 'dirty', '1')
            return tonumber(count)
            """);

    private final UnifiedJedis redis;
    private final Clock clock;

    public ChallengeStore(UnifiedJedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public String nextId(TenantId tenant) {
        return "c" + redis.incr(Keys.challengeSequence(tenant));
    }

    public void create(Challenge c, String boardMessageId) {
        Map<String, String> fields = new HashMap<>();
        fields.put("team", c.teamId());
        fields.put("title", c.title());
        fields.put("description", c.description());
        fields.put("goal", c.goal());
        fields.put("target", Integer.toString(c.target()));
        fields.put("unit", c.unit().name());
        fields.put("start", c.start().toString());
        fields.put("end", c.end().toString());
        fields.put("lead", c.lead());
        fields.put("board", boardMessageId);
        fields.put("boardAt", Long.toString(clock.millis()));
        // the open index first: a crash before the transaction leaves an id the sweep finds nothing for
        redis.sadd(Keys.OPEN_CHALLENGES, openId(c));
        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.challenges(c.tenant()))) {
            tx.hset(Keys.challenge(c.tenant(), c.id()), fields);
            tx.zadd(Keys.challenges(c.tenant()), c.end().toEpochDay(), c.id());
            tx.exec();
        }
    }

    public Optional<Challenge> find(TenantId tenant, String id) {
        Map<String, String> h = redis.hgetAll(Keys.challenge(tenant, id));
        if (!h.containsKey("title")) {
            return Optional.empty();
        }
        return Optional.of(new Challenge(tenant, id, h.get("team"), h.get("title"), h.get("description"), h.get("goal"),
                Integer.parseInt(h.get("target")), Challenge.Unit.valueOf(h.get("unit")), LocalDate.parse(h.get("start")),
                LocalDate.parse(h.get("end")), h.get("lead"), Optional.ofNullable(h.get("board")),
                "1".equals(h.get("finished")), "1".equals(h.get("cancelled"))));
    }

    public List<Challenge> all(TenantId tenant) {
        return redis.zrange(Keys.challenges(tenant), 0, -1).stream()
                .map(id -> find(tenant, id)).flatMap(Optional::stream).toList();
    }

    public List<String> openEverywhere() {
        return redis.smembers(Keys.OPEN_CHALLENGES).stream().sorted().toList();
    }

    /** Joins; the progress kept from an earlier leave, or empty for someone already in. The board shows it at its next edit. */
    public Optional<Integer> join(Challenge c, UserRef user) {
        return counted((Long) JOIN.run(redis, keys(c), List.of(user.userId())));
    }

    /** Leaves; the progress kept for a re-join, or empty for someone not in. */
    public Optional<Integer> leave(Challenge c, UserRef user) {
        return counted((Long) LEAVE.run(redis, keys(c), List.of(user.userId())));
    }

    private static Optional<Integer> counted(Long count) {
        return count < 0 ? Optional.empty() : Optional.of(count.intValue());
    }

    private static List<String> keys(Challenge c) {
        return List.of(Keys.challengeProgress(c.tenant(), c.id()), Keys.challenge(c.tenant(), c.id()));
    }

    /** Whether a field of a progress hash is a member's count (not their last counted day, kept count or told mark). */
    static boolean memberField(String field) {
        return !field.endsWith(":d") && !field.endsWith(":kept") && !field.endsWith(":told");
    }

    public boolean joined(Challenge c, String userId) {
        return redis.hexists(Keys.challengeProgress(c.tenant(), c.id()), userId);
    }

    /** Joined members and their progress, by user id. */
    public Map<String, Integer> progress(Challenge c) {
        Map<String, Integer> out = new TreeMap<>();
        redis.hgetAll(Keys.challengeProgress(c.tenant(), c.id())).forEach((k, v) -> {
            if (memberField(k)) {
                out.put(k, Integer.parseInt(v));
            }
        });
        return out;
    }

    /** A tagged check-in: the member's count, and whether this one counted (the first of its learning day). */
    public record Counted(int count, boolean now) {
    }

    /** Counts a tagged check-in once per learning day; empty when the user has not joined. */
    public Optional<Counted> record(Challenge c, UserRef user, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Long> result = (List<Long>) RECORD.run(redis, List.of(Keys.challengeProgress(c.tenant(), c.id()),
                        Keys.challenge(c.tenant(), c.id()), Keys.challengeNews(c.tenant(), c.lead())),
                List.of(user.userId(), day.toString(), Integer.toString(c.target()), c.id() + " " + user.userId()));
        if (result.get(0) < 0) {
            return Optional.empty();
        }
        if (result.get(2) == 1) {
            newsFor(c);
        }
        return Optional.of(new Counted(result.get(0).intValue(), result.get(1) == 1));
    }

    /** The lead has news of finishers for {@link FinisherNews} to send. */
    private void newsFor(Challenge c) {
        redis.sadd(Keys.CHALLENGE_NEWS, c.tenant().key() + "|" + c.lead());
    }

    /**
     * New title, description, goal, target and end date; the board shows them at its next edit. Members
     * already at a lowered target are news for the lead now (each member is news once, whatever the target).
     */
    public void edit(Challenge c, String title, String description, String goal, int target, LocalDate end) {
        try (AbstractTransaction tx = SlotTransaction.begin(redis, Keys.challenges(c.tenant()))) {
            tx.hset(Keys.challenge(c.tenant(), c.id()), Map.of("title", title, "description", description, "goal", goal,
                    "target", Integer.toString(target), "end", end.toString(), "dirty", "1"));
            tx.zadd(Keys.challenges(c.tenant()), end.toEpochDay(), c.id());
            tx.exec();
        }
        Object queued = ANNOUNCE_REACHED.run(redis, List.of(Keys.challengeProgress(c.tenant(), c.id()),
                Keys.challengeNews(c.tenant(), c.lead())), List.of(Integer.toString(target), c.id()));
        if (((Long) queued) > 0) {
            newsFor(c);
        }
    }

    /** Marks it cancelled; {@link #finish} then closes it. */
    public void cancel(Challenge c) {
        redis.hset(Keys.challenge(c.tenant(), c.id()), "cancelled", "1");
    }

    public boolean dirty(Challenge c) {
        return "1".equals(redis.hget(Keys.challenge(c.tenant(), c.id()), "dirty"));
    }

    public long boardEditedAt(Challenge c) {
        String at = redis.hget(Keys.challenge(c.tenant(), c.id()), "boardAt");
        return at == null ? 0 : Long.parseLong(at);
    }

    public void boardEdited(Challenge c) {
        redis.hset(Keys.challenge(c.tenant(), c.id()), Map.of("dirty", "0", "boardAt", Long.toString(clock.millis())));
    }

    /** True for the one replica that closes the challenge (posts its summary). */
    public boolean claimFinish(Challenge c) {
        return "OK".equals(redis.set(Keys.challenge(c.tenant(), c.id()) + ":closing", "1",
                new redis.clients.jedis.params.SetParams().nx().ex(java.time.Duration.ofDays(30).toSeconds())));
    }

    /** Marks it finished, then takes it out of the open index (a crash in between: the sweep finishes it again). */
    public void finish(Challenge c) {
        redis.hset(Keys.challenge(c.tenant(), c.id()), "finished", "1");
        redis.srem(Keys.OPEN_CHALLENGES, openId(c));
    }

    private static String openId(Challenge c) {
        return Keys.openChallenge(c.tenant(), c.id());
    }
}
