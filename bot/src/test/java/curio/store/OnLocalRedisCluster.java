package curio.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A test class that runs the tests of the class it extends on {@link LocalRedisCluster} (its
 * {@code getProperties()} passes them through {@link LocalRedisCluster#reachedFrom}); skipped when
 * redis-server is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("redis-cluster")
@EnabledIf(value = "curio.store.RedisProcess#available",
        disabledReason = "no redis-server at /usr/bin/redis-server (or -Dcurio.test.redis-server): "
                + "no local Redis Cluster to run these tests on")
public @interface OnLocalRedisCluster {
}
