package curio.dashboard;

import curio.chat.TenantId;
import curio.store.Keys;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import redis.clients.jedis.UnifiedJedis;

/**
 * Dashboard sessions: a random id kept in Redis for {@link #LIFETIME} ({@link Keys#dashboardSession},
 * in the workspace's key space, so erasing the workspace ends them), named by a cookie that reads
 * {@code base64url(workspace).id}: {@code HttpOnly}, {@code SameSite=Lax}, path {@code /admin}, and
 * {@code Secure} when {@code CURIO_PUBLIC_URL} is https.
 */
@Singleton
public class DashboardSessions {

    public static final String COOKIE = "curio_dashboard";
    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9_-]{1,400})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UnifiedJedis redis;
    private final DashboardSettings settings;

    public DashboardSessions(UnifiedJedis redis, DashboardSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Opens a session for {@code access}; the cookie to set. */
    public Cookie open(Access access) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String key = Keys.dashboardSession(access.tenant(), id);
        redis.hset(key, Map.of("u", access.userId(), "r", access.role().name(), "t", String.join("\n", access.teams())));
        redis.expire(key, LIFETIME.toSeconds());
        String workspace = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(access.tenant().key().getBytes(StandardCharsets.UTF_8));
        return cookie(workspace + "." + id).maxAge(LIFETIME);
    }

    /** The access of the request's session; empty without a cookie, or for a session that ended. */
    public Optional<Access> find(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(this::find);
    }

    /** Ends the request's session; the cookie that clears it in the browser. */
    public Cookie close(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(DashboardSessions::key).ifPresent(redis::del);
        return cookie("").maxAge(0);
    }

    private Optional<Access> find(String value) {
        Optional<String> key = key(value);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> session = redis.hgetAll(key.get());
        if (!session.containsKey("u")) {
            return Optional.empty();
        }
        String teams = session.getOrDefault("t", "");
        List<String> ids = teams.isEmpty() ? List.of() : Arrays.asList(teams.split("\n"));
        return Optional.of(new Access(tenant(value), session.get("u"), Access.Role.valueOf(session.get("r")), ids));
    }

    private static Optional<String> key(String value) {
        var match = FORMAT.matcher(value);
        if (!match.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Keys.dashboardSession(tenant(value), match.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TenantId tenant(String value) {
        return TenantId.parse(new String(Base64.getUrlDecoder().decode(value.substring(0, value.indexOf('.'))),
                StandardCharsets.UTF_8));
    }

    private Cookie cookie(String value) {
        return Cookie.of(COOKIE, value).path("/admin").httpOnly(true).sameSite(SameSite.Lax).secure(settings.https());
    }
}
