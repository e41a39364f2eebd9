package curio.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script loaded into Redis once and run by its SHA ({@code EVALSHA}); when Redis lost it
 * (a restart, a fail-over, {@code SCRIPT FLUSH}) the call falls back to {@code EVAL}, which loads it again.
 */
public final class RedisScript {

    private final UnifiedJedis redis;
    private final String source;
    private volatile String sha;

    public RedisScript(UnifiedJedis redis, String source) {
        this.redis = redis;
        this.source = source;
    }

    /** The script in the resource {@code path} (e.g. {@code /curio/rate.lua}). */
    public static RedisScript resource(UnifiedJedis redis, String path) {
        try (InputStream in = RedisScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no script " + path + " on the class path");
            }
            return new RedisScript(redis, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the script on the keys' node (a Redis Cluster routes by the first key). */
    public Object run(List<String> keys, List<String> args) {
        String loaded = sha;
        try {
            if (loaded == null) {
                loaded = redis.scriptLoad(source, keys.get(0));
                sha = loaded;
            }
            return redis.evalsha(loaded, keys, args);
        } catch (JedisNoScriptException e) {
            sha = null;
            return redis.eval(source, keys, args);
        }
    }
}
