package curio.metrics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code CURIO_METRICS_TOKEN} ({@code curio.metrics.token}): when set, {@code GET /metrics} asks for
 * {@code Authorization: Bearer <token>}. Compared in constant time, by digest.
 */
@ConfigurationProperties("curio.metrics")
public record MetricsToken(@Nullable String token) {

    public MetricsToken {
        token = token == null ? "" : token;
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("CURIO_METRICS_TOKEN holds a space or a control character, which no "
                    + "Authorization header can carry: set it to the token alone");
        }
    }

    /** Whether {@code /metrics} asks for the token. */
    boolean required() {
        return !token.isEmpty();
    }

    /** Whether an {@code Authorization} header carries the token. */
    boolean admits(@Nullable String authorization) {
        if (!required()) {
            return true;
        }
        String prefix = "Bearer ";
        if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        return MessageDigest.isEqual(sha256(authorization.substring(prefix.length()).strip()), sha256(token));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
