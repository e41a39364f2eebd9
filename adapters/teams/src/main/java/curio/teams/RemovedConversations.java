package curio.teams;

import redis.clients.jedis.UnifiedJedis;

/**
 * The conversations Curio was removed from (an uninstall, or a send Teams refused with 403/404),
 * one Redis set per tenant, so no replica keeps delivering there after a restart. Adding Curio
 * to the conversation again takes it off.
 */
final class RemovedConversations {

    private final UnifiedJedis redis;

    RemovedConversations(UnifiedJedis redis) {
        this.redis = redis;
    }

    boolean contains(String tenantId, String conversationId) {
        return tenantId != null && redis.sismember(TeamsKeys.gone(tenantId), conversationId);
    }

    void add(String tenantId, String conversationId) {
        if (tenantId != null) {
            redis.sadd(TeamsKeys.gone(tenantId), conversationId);
        }
    }

    void remove(String tenantId, String conversationId) {
        if (tenantId != null) {
            redis.srem(TeamsKeys.gone(tenantId), conversationId);
        }
    }
}
