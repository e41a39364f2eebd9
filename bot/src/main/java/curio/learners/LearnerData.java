package curio.learners;

import curio.chat.TenantId;
import curio.chat.UserRef;
import curio.delivery.ChatAdapters;
import curio.habits.AnswerLog;
import curio.habits.LearningHistory;
import curio.habits.StreakRules;
import curio.schedule.CohortScheduler;
import curio.store.Keys;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** A learner's data as a whole: export everything Curio holds, or erase every key. */
@Singleton
public class LearnerData {

    private final UnifiedJedis redis;
    private final AnswerLog answers;
    private final CohortScheduler scheduler;
    private final LearningHistory history;
    private final ChatAdapters adapters;
    private final LearnerStore learners;

    public LearnerData(UnifiedJedis redis, AnswerLog answers, CohortScheduler scheduler, LearningHistory history,
                       ChatAdapters adapters, LearnerStore learners) {
        this.redis = redis;
        this.answers = answers;
        this.scheduler = scheduler;
        this.history = history;
        this.adapters = adapters;
        this.learners = learners;
    }

    /** Everything Curio holds on the learner, ready to be written as JSON. */
    public Map<String, Object> export(UserRef user, LocalDate today) {
        answers.prune(user, today);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", user.key());
        Map<String, String> hash = redis.hgetAll(Keys.learner(user));
        learners.find(user).ifPresent(learner -> out.put("settings", settings(learner)));
        Map<String, Object> streak = new LinkedHashMap<>();
        streak.put("current", hash.getOrDefault("cur", "0"));
        streak.put("longest", hash.getOrDefault("best", "0"));
        streak.put("freezes", hash.getOrDefault("frz", "0"));
        streak.put("totalLearningDays", hash.getOrDefault("total", "0"));
        streak.put("lastLearningDay", hash.containsKey("last") ? LocalDate.ofEpochDay(Long.parseLong(hash.get("last"))).toString() : "");
        out.put("streak", streak);
        out.put("stored", new java.util.TreeMap<>(hash));
        out.put("learningDays", history.learningDays(user).stream().map(LocalDate::toString).toList());
        out.put("quizReviews", redis.zrangeWithScores(Keys.review(user), 0, -1).stream()
                .map(t -> Map.of("prompt", t.getElement(),
                        "due", LocalDate.ofEpochDay((long) t.getScore() / 10).toString(),
                        "box", (int) (t.getScore() % 10)))
                .toList());
        Map<String, String> progress = new LinkedHashMap<>();
        for (String challenge : redis.zrange(Keys.challenges(user.tenant()), 0, -1)) {
            String count = redis.hget(Keys.challengeProgress(user.tenant(), challenge), user.userId());
            if (count != null) {
                progress.put(challenge, count);
            }
        }
        out.put("challengeProgress", progress);
        out.put("teams", redis.smembers(Keys.teams(user.tenant())).stream().sorted()
                .filter(team -> redis.sismember(Keys.teamMembers(user.tenant(), team), user.userId())).toList());
        out.put("answers", answers.recent(user, Integer.MAX_VALUE).stream()
                .map(e -> Map.of("day", e.day().toString(), "kind", e.kind(), "prompt", e.prompt(), "text", e.text()))
                .toList());
        return out;
    }

    private static Map<String, Object> settings(Learner learner) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("status", learner.status().name().toLowerCase());
        settings.put("name", learner.name());
        settings.put("timeZone", learner.zone().getId());
        settings.put("promptAt", learner.promptAt().toString());
        settings.put("checkinAt", learner.checkinAt().toString());
        settings.put("days", WorkingDays.describe(learner.workingDays()));
        settings.put("topics", learner.topics());
        settings.put("sharing", learner.sharing());
        settings.put("goal", learner.goal());
        settings.put("pausedUntil", learner.pausedUntil().map(LocalDate::toString).orElse(""));
        return settings;
    }

    /** Erases every key of the learner, takes them off every schedule and out of the adapter's caches. */
    public void delete(UserRef user) {
        scheduler.unschedule(user);
        adapters.forPlatform(user.tenant().platform()).ifPresent(adapter -> adapter.forget(user));
        List<String> keys = new ArrayList<>(List.of(Keys.learner(user), Keys.days(user), Keys.review(user),
                Keys.answers(user)));
        keys.addAll(scan(Keys.glob(Keys.sentPrefix(user)) + "*"));
        redis.del(keys.toArray(String[]::new));
        redis.srem(Keys.learners(user.tenant()), user.userId());
        for (String challenge : redis.zrange(Keys.challenges(user.tenant()), 0, -1)) {
            redis.hdel(Keys.challengeProgress(user.tenant(), challenge), user.userId(), user.userId() + ":d",
                    user.userId() + ":kept");
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
