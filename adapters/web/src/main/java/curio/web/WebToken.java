package curio.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The per-browser playground token. The page sets it as a {@code SameSite=Strict} cookie and embeds
 * it; the page's API calls send it back in {@link #HEADER}. Another site's page gets neither the
 * cookie (a cross-site request carries no strict cookie) nor the value (it cannot read the page).
 * An {@code EventSource} cannot send headers, so {@code GET /web/api/stream} (read only) alone may
 * carry it as the query parameter {@link #QUERY} instead.
 */
final class WebToken {

    static final String COOKIE = "curio_web_token";
    static final String HEADER = "X-Curio-Web-Token";
    static final String QUERY = "token";
    static final String STREAM = "/web/api/stream";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebToken() {
    }

    /** The browser's token if it already holds one (so open tabs keep working), else a new one. */
    static String forBrowser(HttpRequest<?> request) {
        return cookie(request).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
    }

    static Cookie cookie(String token) {
        return Cookie.of(COOKIE, token).path("/").httpOnly(true).sameSite(SameSite.Strict);
    }

    /**
     * True when the header (for the stream, else the query parameter) repeats the cookie the playground
     * page set in this browser.
     */
    static boolean sentBy(HttpRequest<?> request) {
        String header = request.getHeaders().get(HEADER);
        String sent = header == null && request.getMethod() == HttpMethod.GET && request.getPath().equals(STREAM)
                ? request.getParameters().get(QUERY) : header;
        return sent != null && cookie(request).map(token -> MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    private static Optional<String> cookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> FORMAT.matcher(v).matches());
    }
}
