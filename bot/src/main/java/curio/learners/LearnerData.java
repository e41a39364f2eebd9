package curio.learners;

import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.schedule.CohortScheduler;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** A learner's data as a whole: erase every key (the export is {@code curio.export}'s). */
@Singleton
public class LearnerData {

    private final UnifiedJedis redis;
    private final CohortScheduler scheduler;
    private final ChatAdapters adapters;

    public LearnerData(UnifiedJedis redis, CohortScheduler scheduler, ChatAdapters adapters) {
        this.redis = redis;
        this.scheduler = scheduler;
        this.adapters = adapters;
    }

    /**
     * Erases every key of the learner, takes them off every schedule and out of the adapter's caches,
     * and out of what others hold about them: who tried an author's check-in, a lead's finisher news.
     */
    public void delete(UserRef user) {
        scheduler.unschedule(user);
        adapters.forPlatform(user.tenant().platform()).ifPresent(adapter -> adapter.forget(user));
        List<String> keys = new ArrayList<>(List.of(Keys.learner(user), Keys.days(user), Keys.review(user),
                Keys.answers(user)));
        keys.addAll(scan(Keys.glob(Keys.sentPrefix(user)) + "*"));
        keys.addAll(scan(Keys.glob(Keys.triedToo(user.tenant(), user.userId(), "")) + "*"));
        keys.addAll(scan(Keys.glob(Keys.growthNotes(user, "")) + "*"));
        keys.add(Keys.challengeNews(user.tenant(), user.userId()));
        keys.add(Keys.challengeNewsSent(user.tenant(), user.userId()));
        redis.del(keys.toArray(String[]::new));
        redis.srem(Keys.learners(user.tenant()), user.userId());
        for (String tried : scan(Keys.triedTooGlob(user.tenant()))) {
            redis.srem(tried, user.userId());
        }
        for (String challenge : redis.zrange(Keys.challenges(user.tenant()), 0, -1)) {
            redis.hdel(Keys.challengeProgress(user.tenant(), challenge), user.userId(), user.userId() + ":d",
                    user.userId() + ":kept", user.userId() + ":told");
        }
        for (String news : scan(Keys.challengeNewsGlob(user.tenant()))) {
            redis.lrange(news, 0, -1).stream().filter(entry -> entry.endsWith(" " + user.userId()))
                    .distinct().forEach(entry -> redis.lrem(news, 0, entry));
        }
        for (String team : redis.smembers(Keys.teams(user.tenant()))) {
            redis.srem(Keys.teamMembers(user.tenant(), team), user.userId());
            redis.srem(Keys.teamLeads(user.tenant(), team), user.userId());
        }
    }

    /** Whether the person leads a team (someone can be a lead without being a learner). */
    public boolean holdsRoles(UserRef user) {
        return redis.smembers(Keys.teams(user.tenant())).stream()
                .anyMatch(team -> redis.sismember(Keys.teamLeads(user.tenant(), team), user.userId()));
    }

    /** Erases a whole workspace: every learner off the schedule, every key of the tenant. */
    public void purge(TenantId tenant) {
        for (String id : redis.smembers(Keys.learners(tenant))) {
            scheduler.unschedule(new UserRef(tenant, id));
        }
        List<String> keys = scan(Keys.tenantPattern(tenant));
        for (int i = 0; i < keys.size(); i += 500) {
            redis.del(keys.subList(i, Math.min(keys.size(), i + 500)).toArray(String[]::new));
        }
        redis.srem(Keys.TENANTS, tenant.key());
    }

    /**
     * "Delete all data" of a workspace: every learner as {@link #delete} erases them (schedules and the
     * platform's caches of them included), the leads forgotten by the platform too, then every other key
     * of the engine in the workspace (teams, challenges, settings, dashboard sessions). What the platform
     * adapter keeps to reach the workspace (its installation) stays, so people can start again.
     */
    public void eraseWorkspace(TenantId tenant) {
        for (String id : redis.smembers(Keys.learners(tenant))) {
            delete(new UserRef(tenant, id));
        }
        adapters.forPlatform(tenant.platform()).ifPresent(adapter -> redis.smembers(Keys.teams(tenant)).stream()
                .flatMap(team -> redis.smembers(Keys.teamLeads(tenant, team)).stream())
                .distinct()
                .forEach(lead -> adapter.forget(new UserRef(tenant, lead))));
        for (String challenge : redis.zrange(Keys.challenges(tenant), 0, -1)) {
            redis.srem(Keys.OPEN_CHALLENGES, Keys.openChallenge(tenant, challenge));
        }
        List<String> keys = scan(Keys.tenantPattern(tenant)).stream().filter(key -> Keys.engineKey(tenant, key)).toList();
        for (int i = 0; i < keys.size(); i += 500) {
            redis.del(keys.subList(i, Math.min(keys.size(), i + 500)).toArray(String[]::new));
        }
        redis.srem(Keys.TENANTS, tenant.key());
    }

    private List<String> scan(String pattern) {
        List<String> found = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams params = new ScanParams().match(pattern).count(1000);
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return found;
    }
}
