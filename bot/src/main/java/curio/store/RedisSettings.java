package curio.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;

/**
 * Where Redis is: {@code REDIS_URL} (curio.redis-url) when set, else an embedded Redis server
 * keeping an append-only file under {@code CURIO_DATA_DIR} (curio.data-dir, default ./data).
 */
@ConfigurationProperties("curio")
public record RedisSettings(String redisUrl, Path dataDir) {

    public RedisSettings {
        redisUrl = redisUrl == null ? "" : redisUrl.trim();
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embedded() {
        return redisUrl.isEmpty();
    }
}
