package curio.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's {@code v0} request signature: HMAC-SHA256 over {@code v0:timestamp:body} with the
 * signing secret, accepted only within five minutes of {@code clock}'s now.
 */
public final class SlackSignature {

    static final Duration WINDOW = Duration.ofMinutes(5);

    private final SecretKeySpec key;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** The {@code X-Slack-Signature} value Slack sends for this timestamp and body. */
    public String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("v0=");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** True when both headers are present, the timestamp is fresh and the signature matches. */
    public boolean verify(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        // bounds, not Math.abs(now - seconds): that overflows for a timestamp near Long.MIN_VALUE and passes
        if (seconds < now - WINDOW.toSeconds() || seconds > now + WINDOW.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp.trim(), body).getBytes(StandardCharsets.UTF_8),
                signature.trim().getBytes(StandardCharsets.UTF_8));
    }
}
