package curio.dashboard;

import curio.chat.TenantId;
import curio.store.Keys;
import jakarta.inject.Singleton;
import redis.clients.jedis.UnifiedJedis;

/**
 * Workspace settings an admin changes on the dashboard ({@link Keys#settings}). One for now: whether
 * admins may export every learner's check-ins, or (the default) only those of learners who share.
 */
@Singleton
public class WorkspaceSettings {

    private static final String CHECK_IN_EXPORT = "checkin-export";
    private static final String ALL = "all";
    private final UnifiedJedis redis;

    public WorkspaceSettings(UnifiedJedis redis) {
        this.redis = redis;
    }

    public boolean adminsExportAllCheckIns(TenantId tenant) {
        return ALL.equals(redis.hget(Keys.settings(tenant), CHECK_IN_EXPORT));
    }

    public void setAdminsExportAllCheckIns(TenantId tenant, boolean all) {
        redis.hset(Keys.settings(tenant), CHECK_IN_EXPORT, all ? ALL : "sharers");
    }
}
