package curio.slack;

import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script of the Slack adapter, loaded into Redis once and run by its SHA; when Redis lost it
 * (a restart, a fail-over) the call falls back to {@code EVAL}, which loads it again.
 */
final class SlackScript {

    private final UnifiedJedis redis;
    private final String source;
    private volatile String sha;

    SlackScript(UnifiedJedis redis, String source) {
        this.redis = redis;
        this.source = source;
    }

    /** Runs on the node of the first key (Redis Cluster). */
    Object run(List<String> keys, List<String> args) {
        String loaded = sha;
        try {
            if (loaded == null) {
                loaded = load(keys);
            }
            return redis.evalsha(loaded, keys, args);
        } catch (JedisNoScriptException e) {
            sha = null;
            return redis.eval(source, keys, args);
        }
    }

    /**
     * Queues a run on {@code pipeline}, by SHA. Its response throws {@link JedisNoScriptException} when
     * Redis lost the script meanwhile; {@link #run} then loads it again.
     */
    Response<Object> queue(AbstractPipeline pipeline, List<String> keys, List<String> args) {
        String loaded = sha;
        return pipeline.evalsha(loaded == null ? load(keys) : loaded, keys, args);
    }

    private String load(List<String> keys) {
        String loaded = redis.scriptLoad(source, keys.get(0));
        sha = loaded;
        return loaded;
    }
}
