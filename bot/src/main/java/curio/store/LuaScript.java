package curio.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script called by its SHA-1 ({@code EVALSHA}): one round trip, without sending the text.
 * Redis answers NOSCRIPT when it does not hold the script (first call, restart, failover); the
 * text then goes once with {@code EVAL}, which also caches it. A script is made of parts, library
 * files under {@code /curio/} that only define local functions, and a main that calls them, so two
 * scripts share one copy of a rule (the streak rules, the answer log).
 */
public final class LuaScript {

    private final String text;
    private final String sha;

    private LuaScript(String text) {
        this.text = text;
        this.sha = sha1(text);
    }

    /** The libraries {@code /curio/<name>} in order, then {@code main}. */
    public static LuaScript of(List<String> libraries, String main) {
        StringBuilder text = new StringBuilder();
        for (String library : libraries) {
            text.append(resource(library)).append('\n');
        }
        return new LuaScript(text.append(main).toString());
    }

    /** A whole script, {@code /curio/<name>}. */
    public static LuaScript file(String name) {
        return new LuaScript(resource(name));
    }

    /** Runs the script on {@code keys}, all of one hash tag. */
    public Object run(UnifiedJedis redis, List<String> keys, List<String> args) {
        try {
            return redis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            return redis.eval(text, keys, args);
        }
    }

    private static String resource(String name) {
        try (InputStream in = LuaScript.class.getResourceAsStream("/curio/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No Lua library /curio/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
