package curio.store;

import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * MULTI/EXEC over keys that share one hash tag. Jedis's Cluster client has no MULTI (it throws
 * UnsupportedOperationException), so on Redis Cluster the transaction runs on a connection to the
 * master that holds the tag's slot; every key in it must carry the same tag as {@code anyKey}, or
 * Redis answers CROSSSLOT. While that slot moves to another master (resharding) EXEC fails and the
 * caller's error handling applies. On one server or Sentinel it is the client's own MULTI.
 */
public final class SlotTransaction {

    private SlotTransaction() {
    }

    public static AbstractTransaction begin(UnifiedJedis redis, String anyKey) {
        if (redis instanceof RedisClusterClient cluster) {
            return new Transaction(cluster.getConnectionFromSlot(JedisClusterCRC16.getSlot(anyKey)), true, true);
        }
        return redis.multi();
    }
}
