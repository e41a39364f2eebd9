package curio.dashboard;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Optional;

/**
 * The dashboard's settings ({@code curio.dashboard.*}). {@code public-url} ({@code CURIO_PUBLIC_URL}) is
 * where people's browsers reach Curio, the base of sign-in links (empty: {@code http://localhost:PORT});
 * an https one makes the session cookie {@code Secure}. {@code key} ({@code CURIO_DASHBOARD_KEY}, 32 or
 * more random bytes in base64) signs the links; empty: see {@link LinkKey}. A bad value stops the start.
 */
@ConfigurationProperties("curio.dashboard")
public record DashboardSettings(@Nullable String publicUrl, @Nullable String key) {

    static final int MIN_KEY_BYTES = 32;

    public DashboardSettings {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        key = key == null ? "" : key.strip();
        if (!publicUrl.isEmpty()) {
            checkUrl(publicUrl);
        }
        if (!key.isEmpty()) {
            decodeKey(key);
        }
    }

    /** The configured signing key, if any. */
    Optional<byte[]> signingKey() {
        return key.isEmpty() ? Optional.empty() : Optional.of(decodeKey(key));
    }

    /** Whether browsers reach Curio over https (so the session cookie must be Secure). */
    boolean https() {
        return publicUrl.startsWith("https://");
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an http(s) address without query");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("CURIO_PUBLIC_URL must be the http(s) address browsers reach Curio at, "
                    + "like https://curio.example.com, was " + url);
        }
    }

    private static byte[] decodeKey(String value) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CURIO_DASHBOARD_KEY must be base64 (openssl rand -base64 32)");
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("CURIO_DASHBOARD_KEY must hold at least " + MIN_KEY_BYTES
                    + " bytes (openssl rand -base64 32), it holds " + bytes.length);
        }
        return bytes;
    }
}
