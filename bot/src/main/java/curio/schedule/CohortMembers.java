package curio.schedule;

import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.Response;

/**
 * Who is in which cohort, in Redis: a member set per cohort ({@link Keys#cohort}, members are
 * {@link UserRef#key()}), the cohort ids in {@link Keys#COHORTS}, and per workspace a hash from
 * learner to their current cohort ids (newline separated), so that moving a learner is exact.
 * Callers serialise changes (the {@link CohortScheduler} does).
 */
@Singleton
public class CohortMembers {

    private static final String SEPARATOR = "\n";

    private final UnifiedJedis redis;
    private final Clock clock;

    public CohortMembers(UnifiedJedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    static String learnerCohorts(TenantId tenant) {
        return Keys.learnerCohorts(tenant);
    }

    public Set<String> cohortsOf(UserRef user) {
        String ids = redis.hget(learnerCohorts(user.tenant()), user.key());
        return ids == null || ids.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(ids.split(SEPARATOR)));
    }

    /**
     * Puts the learner into exactly {@code cohorts}; returns the cohorts they left that are now
     * empty. A new cohort counts as fired now, so a restart never sends what was due before it existed.
     */
    public List<String> move(UserRef user, Set<String> cohorts) {
        Set<String> previous = cohortsOf(user);
        List<String> left = previous.stream().filter(id -> !cohorts.contains(id)).toList();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (String id : cohorts) {
                pipeline.sadd(Keys.cohort(id), user.key());
                pipeline.sadd(Keys.COHORTS, id);
                pipeline.hsetnx(Keys.COHORT_FIRED, id, Long.toString(clock.millis()));
            }
            if (cohorts.isEmpty()) {
                pipeline.hdel(learnerCohorts(user.tenant()), user.key());
            } else {
                pipeline.hset(learnerCohorts(user.tenant()), user.key(), String.join(SEPARATOR, cohorts));
            }
            for (String id : left) {
                pipeline.srem(Keys.cohort(id), user.key());
            }
            pipeline.sync();
        }
        return emptied(left);
    }

    /** All cohort ids with at least one member; forgets empty ones. */
    public List<String> nonEmptyCohorts() {
        List<String> all = new ArrayList<>(redis.smembers(Keys.COHORTS));
        List<String> empty = emptied(all);
        all.removeAll(empty);
        return all;
    }

    public long size(String cohortId) {
        return redis.scard(Keys.cohort(cohortId));
    }

    private List<String> emptied(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Response<Long>> sizes = new ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            ids.forEach(id -> sizes.add(pipeline.scard(Keys.cohort(id))));
            pipeline.sync();
        }
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (sizes.get(i).get() == 0) {
                empty.add(ids.get(i));
            }
        }
        if (!empty.isEmpty()) {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                empty.forEach(id -> pipeline.srem(Keys.COHORTS, id));
                empty.forEach(id -> pipeline.hdel(Keys.COHORT_FIRED, id));
                pipeline.sync();
            }
        }
        return empty;
    }
}
