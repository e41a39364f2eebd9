package curio.teams;

import curio.chat.Platform;
import curio.chat.TenantId;
import curio.chat.UserRef;

/**
 * The Redis keys of the Teams adapter, in the engine's format: every key of a tenant carries the
 * hash tag {@code {teams:<tenantId>}} (so the engine's purge of a workspace removes them too and
 * a Redis Cluster keeps them on one slot), then {@code teams:} for what only this adapter reads.
 */
final class TeamsKeys {

    private TeamsKeys() {
    }

    static String prefix(String tenantId) {
        return "curio:{" + new TenantId(Platform.TEAMS, tenantId).key() + "}:teams:";
    }

    /** A person's hash: name, time zone, locale, user principal name and their personal conversation reference. */
    static String person(UserRef user) {
        return prefix(user.tenant().id()) + "person:" + user.userId();
    }

    /**
     * The set of people who installed Curio in a team of the tenant, which an older Curio took for
     * the tenant's admins: never read, deleted at start (configured tenant) and by a person's forget.
     */
    static String legacyInstallers(String tenantId) {
        return prefix(tenantId) + "installers";
    }

    /** Channel account id ({@code 29:...}) to AAD object id, for mentions. */
    static String accounts(String tenantId) {
        return prefix(tenantId) + "accounts";
    }

    /** Channel id to where and as whom to post there, and its team. */
    static String channels(String tenantId) {
        return prefix(tenantId) + "channels";
    }

    /** Conversations Curio was removed from: no more deliveries. */
    static String gone(String tenantId) {
        return prefix(tenantId) + "gone";
    }

    static String installed(String tenantId, String conversationId) {
        return prefix(tenantId) + "installed:" + conversationId;
    }

    static String removed(String tenantId, String conversationId) {
        return prefix(tenantId) + "removed:" + conversationId;
    }

    static String answered(UserRef user, String cardId) {
        return answeredPrefix(user) + cardId;
    }

    static String answeredPrefix(UserRef user) {
        return prefix(user.tenant().id()) + "answered:" + user.userId() + ":";
    }

    static String activity(String tenantId, String activityId) {
        return prefix(tenantId) + "activity:" + activityId;
    }

    /**
     * {@code text} as a literal inside a SCAN pattern. Braces are literal there and stay as they are, so a
     * Cluster client routes the SCAN by the pattern's hash tag.
     */
    static String glob(String text) {
        return text.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }
}
