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
     * Counts a tagged check-in in the progress hash (KEYS[1]) once per day (DAYS) or every time
     * (CHECKINS), and marks the challenge (KEYS[2]) dirty for the board's next edit; returns the new count.
     */
    private static final LuaScript RECORD = LuaScript.of(List.of(), """
            local count = redis.call('HGET', KEYS[1], ARGV[1])
            if not count then return -1 end
            redis.call('HSET', KEYS[2], 'dirty', '1')
            if ARGV[3] == 'DAYS' then
              if redis.call('HGET', KEYS[1], ARGV[1] .. ':d') == ARGV[2] then return tonumber(count) end
              redis.call('HSET', KEYS[1], ARGV[1] .. ':d', ARGV[2])
            end
            return redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
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
                "1".equals(h.get("finished"))));
    }

    public List<Challenge> all(TenantId tenant) {
        return redis.zrange(Keys.challenges(tenant), 0, -1).stream()
                .map(id -> find(tenant, id)).flatMap(Optional::stream).toList();
    }

    public List<String> openEverywhere() {
        return redis.smembers(Keys.OPEN_CHALLENGES).stream().sorted().toList();
    }

    /** Joins; the board shows it at its next edit. */
    public boolean join(Challenge c, UserRef user) {
        return changed(c, redis.hsetnx(Keys.challengeProgress(c.tenant(), c.id()), user.userId(), "0") == 1);
    }

    public boolean leave(Challenge c, UserRef user) {
        return changed(c, redis.hdel(Keys.challengeProgress(c.tenant(), c.id()), user.userId(), user.userId() + ":d") > 0);
    }

    private boolean changed(Challenge c, boolean changed) {
        if (changed) {
            redis.hset(Keys.challenge(c.tenant(), c.id()), "dirty", "1");
        }
        return changed;
    }

    public boolean joined(Challenge c, String userId) {
        return redis.hexists(Keys.challengeProgress(c.tenant(), c.id()), userId);
    }

    /** Joined members and their progress, by user id. */
    public Map<String, Integer> progress(Challenge c) {
        Map<String, Integer> out = new TreeMap<>();
        redis.hgetAll(Keys.challengeProgress(c.tenant(), c.id())).forEach((k, v) -> {
            if (!k.endsWith(":d")) {
                out.put(k, Integer.parseInt(v));
            }
        });
        return out;
    }

    /** Counts a tagged check-in; empty when the user has not joined. */
    public Optional<Integer> record(Challenge c, UserRef user, LocalDate day) {
        Long count = (Long) RECORD.run(redis,
                List.of(Keys.challengeProgress(c.tenant(), c.id()), Keys.challenge(c.tenant(), c.id())), List.of(user.userId(), day.toString(), c.unit().name()));
        return count < 0 ? Optional.empty() : Optional.of(count.intValue());
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
