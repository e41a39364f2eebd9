package curio.dashboard;

import curio.store.Keys;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The key that signs dashboard sign-in links (HMAC-SHA256). In order: {@code CURIO_DASHBOARD_KEY}; else
 * one derived from {@code CURIO_ENCRYPTION_KEY} (HMAC of a fixed label, so the encryption key itself
 * never signs anything); else a random key made once and kept in Redis ({@link Keys#DASHBOARD_KEY}),
 * shared by every replica. Anyone who reads that Redis could also read sessions, so it adds no exposure.
 * Built at start: a bad {@code CURIO_DASHBOARD_KEY} stops Curio. Never logged.
 */
@Context
public class LinkKey {

    private static final String LABEL = "curio dashboard sign-in links v1";
    private final byte[] key;

    public LinkKey(DashboardSettings settings, @Value("${curio.encryption.key:}") String encryptionKey,
                   UnifiedJedis redis) {
        this.key = settings.signingKey()
                .or(() -> encryptionKey.isBlank() ? Optional.empty()
                        : Optional.of(hmac(decode(encryptionKey), LABEL.getBytes(StandardCharsets.UTF_8))))
                .orElseGet(() -> shared(redis));
    }

    /** HMAC-SHA256 of {@code data} under the link key. */
    byte[] sign(byte[] data) {
        return hmac(key, data);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String encryptionKey) {
        try {
            return Base64.getDecoder().decode(encryptionKey.strip());
        } catch (IllegalArgumentException e) {
            // the Slack adapter names CURIO_ENCRYPTION_KEY's problem at start; use its bytes as they are
            return encryptionKey.strip().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] shared(UnifiedJedis redis) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        redis.set(Keys.DASHBOARD_KEY, Base64.getEncoder().encodeToString(fresh), new SetParams().nx());
        return Base64.getDecoder().decode(redis.get(Keys.DASHBOARD_KEY));
    }
}
