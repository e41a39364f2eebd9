package curio.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

/** Half or conflicting Redis settings stop Curio at start with a message that names the variables. */
class RedisSettingsTest {

    private static RedisSettings settings(String url, String sentinels, String master, String cluster, String password) {
        return new RedisSettings(url, Path.of("data"), sentinels, master, cluster, password);
    }

    private static String refused(String url, String sentinels, String master, String cluster, String password) {
        return assertThrows(IllegalArgumentException.class,
                () -> settings(url, sentinels, master, cluster, password)).getMessage();
    }

    @Test
    void nothingSetMeansTheEmbeddedRedis() {
        assertTrue(settings(null, null, null, null, null).embedded());
    }

    @Test
    void sentinelsAndAMasterNameMeanSentinel() {
        RedisSettings sentinel = settings("", " s1:26379, s2:26380 ", "curio", "", "secret");
        assertTrue(sentinel.sentinel());
        assertEquals(Set.of(new HostAndPort("s1", 26379), new HostAndPort("s2", 26380)), sentinel.sentinels());
    }

    @Test
    void clusterNodesMeanCluster() {
        RedisSettings cluster = settings("", "", "", "r1:7000,r2:7001,r3:7002", "");
        assertTrue(cluster.cluster());
        assertEquals(3, cluster.clusterNodes().size());
    }

    @Test
    void twoWaysToReachRedisAreRefused() {
        String message = refused("redis://r:6379", "", "", "r1:7000", "");
        assertTrue(message.contains("REDIS_URL and REDIS_CLUSTER_NODES"), message);
        assertTrue(refused("", "s1:26379", "curio", "r1:7000", "").contains("Set only one of"));
    }

    @Test
    void sentinelsWithoutAMasterNameAndTheOtherWayRoundAreRefused() {
        assertTrue(refused("", "s1:26379", "", "", "").contains("REDIS_MASTER_NAME is not"));
        assertTrue(refused("", "", "curio", "", "").contains("REDIS_SENTINELS is not"));
    }

    @Test
    void aPasswordWithoutARedisOrBesideAUrlIsRefused() {
        assertTrue(refused("", "", "", "", "secret").contains("REDIS_PASSWORD is set but no Redis is"));
        assertTrue(refused("redis://r:6379", "", "", "", "secret").contains("put the password in the URL"));
    }

    @Test
    void anEntryThatIsNotHostAndPortIsNamed() {
        String message = refused("", "", "", "r1:7000,r2", "");
        assertTrue(message.startsWith("REDIS_CLUSTER_NODES must list host:port") && message.contains("\"r2\""), message);
        assertTrue(refused("", "s1:notaport", "curio", "", "").startsWith("REDIS_SENTINELS"));
        assertTrue(refused("", "", "", " , ", "").contains("lists no host:port"));
    }
}
