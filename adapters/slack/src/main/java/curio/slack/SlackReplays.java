package curio.slack;

import com.slack.api.bolt.request.RequestType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Replay protection for slash commands, clicks and modal submissions, which carry no id of their
 * own: a signed request is good once. Its signature is remembered with {@code SET NX} for the
 * signature window plus a margin, so the same request sent again within the window is found. Slack
 * signs every request it sends, retries included, with a fresh timestamp, so it never repeats one.
 * Events keep their {@code event_id} dedupe ({@link SlackListeners}); requests without effects
 * (URL verification, option lists) are not remembered.
 */
final class SlackReplays {

    static final long SECONDS = SlackSignature.WINDOW.toSeconds() + 60;
    private static final Set<RequestType> NOT_REMEMBERED = EnumSet.of(RequestType.Event, RequestType.UrlVerification,
            RequestType.SSLCheck, RequestType.BlockSuggestion, RequestType.DialogSuggestion, RequestType.OAuthStart,
            RequestType.OAuthCallback);

    private static final Logger LOG = LoggerFactory.getLogger(SlackReplays.class);
    private final UnifiedJedis redis;

    SlackReplays(UnifiedJedis redis) {
        this.redis = redis;
    }

    static boolean remembered(RequestType type) {
        return !NOT_REMEMBERED.contains(type);
    }

    /** True the first time this (verified) signature is seen within the window; false for a replay. */
    boolean first(String signature) {
        return "OK".equals(redis.set(key(signature), "1", SetParams.setParams().nx().ex(SECONDS)));
    }

    /**
     * Forgets a request that was not handled (refused with 503, say), so sending it again is not a
     * replay. With Redis away the key may stay until it expires: the request was refused either way.
     */
    void forget(String signature) {
        try {
            redis.del(key(signature));
        } catch (JedisException e) {
            LOG.warn("Slack: could not forget the signature of a refused request: {}", e.toString());
        }
    }

    private static String key(String signature) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signature.trim().getBytes(StandardCharsets.UTF_8));
            return SlackKeys.SIGNATURE + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
