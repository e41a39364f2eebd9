package curio.slack;

import java.util.List;
import java.util.function.Consumer;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * SCAN MATCH over every key Redis holds, a page at a time. On Redis Cluster each master is scanned
 * in turn: the Cluster client would send a pattern to the one node of its hash tag, and a pattern
 * such as {@code curio:{slack:*}:...} spans every workspace, so every node.
 */
final class KeyScan {

    private KeyScan() {
    }

    static void forEachPage(UnifiedJedis redis, String pattern, Consumer<List<String>> page) {
        ScanParams match = new ScanParams().match(pattern).count(1000);
        if (redis instanceof RedisClusterClient cluster) {
            for (ConnectionPool node : cluster.getClusterNodes().values()) {
                // closing the Jedis hands the connection back to its pool (closing both would disconnect it)
                try (Jedis jedis = new Jedis(node.getResource())) {
                    if ("master".equals(jedis.role().get(0).toString())) {
                        scan(jedis::scan, match, page);
                    }
                }
            }
        } else {
            scan(redis::scan, match, page);
        }
    }

    private interface Scan {
        ScanResult<String> page(String cursor, ScanParams params);
    }

    private static void scan(Scan scan, ScanParams match, Consumer<List<String>> page) {
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> result = scan.page(cursor, match);
            if (!result.getResult().isEmpty()) {
                page.accept(result.getResult());
            }
            cursor = result.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }
}
