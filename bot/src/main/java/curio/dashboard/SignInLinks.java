package curio.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import curio.chat.TenantId;
import curio.store.Keys;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Password-less sign-in: a link Curio sends in chat, valid {@link #LIFETIME} and once. The token is
 * {@code hex(payload).hex(HMAC-SHA256(payload))}, the payload JSON naming the link's id, workspace,
 * person, role, teams and expiry (hex keeps it intact in every platform's markdown). Redeeming checks
 * the signature in constant time and the expiry on the injected clock, then takes the link's id with
 * {@code SET NX} ({@link Keys#dashboardLink}), so a second use fails on every replica. Opening the link
 * only {@link #check}s it: the page it shows redeems it with a POST, so a link preview or a mail
 * scanner that fetches the address does not use it up.
 */
@Singleton
public class SignInLinks {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final String PATH = "/admin/signin";
    private static final int MAX_TOKEN = 4096;
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkKey key;
    private final UnifiedJedis redis;
    private final Clock clock;
    private final ObjectMapper json;
    private final DashboardSettings settings;
    private final BeanProvider<EmbeddedServer> server;
    private final int configuredPort;

    public SignInLinks(LinkKey key, UnifiedJedis redis, Clock clock, ObjectMapper json, DashboardSettings settings,
                       BeanProvider<EmbeddedServer> server, @Value("${micronaut.server.port:3000}") int configuredPort) {
        this.key = key;
        this.redis = redis;
        this.clock = clock;
        this.json = json;
        this.settings = settings;
        this.server = server;
        this.configuredPort = configuredPort;
    }

    /** A fresh link for {@code access}, on {@code CURIO_PUBLIC_URL} (default {@code http://localhost:PORT}). */
    public String issue(Access access) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", HEX.formatHex(id));
        payload.put("w", access.tenant().key());
        payload.put("u", access.userId());
        payload.put("r", access.role().name());
        payload.put("t", access.teams());
        payload.put("exp", clock.instant().plus(LIFETIME).getEpochSecond());
        byte[] body;
        try {
            body = json.writeValueAsBytes(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return baseUrl() + PATH + "?token=" + HEX.formatHex(body) + "." + HEX.formatHex(key.sign(body));
    }

    /** What a genuine, unexpired, unused token would grant, without using it (the page before sign-in). */
    public Optional<Access> check(String token) {
        return read(token).filter(link -> !redis.exists(link.usedKey())).map(Link::access);
    }

    /** The access a genuine, unexpired, unused token grants, using it up; empty for any other token. */
    public Optional<Access> redeem(String token) {
        return read(token).filter(link -> "OK".equals(redis.set(link.usedKey(), "used",
                new SetParams().nx().ex(link.secondsLeft() + 60)))).map(Link::access);
    }

    /** A token's contents once its signature and expiry are checked. */
    private record Link(Access access, String id, long secondsLeft) {
        String usedKey() {
            return Keys.dashboardLink(access.tenant(), id);
        }
    }

    private Optional<Link> read(String token) {
        if (token == null || token.length() > MAX_TOKEN || token.indexOf('.') < 0) {
            return Optional.empty();
        }
        try {
            byte[] body = HEX.parseHex(token.substring(0, token.indexOf('.')));
            byte[] signature = HEX.parseHex(token.substring(token.indexOf('.') + 1));
            if (!MessageDigest.isEqual(signature, key.sign(body))) {
                return Optional.empty();
            }
            Map<?, ?> payload = json.readValue(body, Map.class);
            long expires = ((Number) payload.get("exp")).longValue();
            long left = expires - clock.instant().getEpochSecond();
            if (left <= 0) {
                return Optional.empty();
            }
            TenantId tenant = TenantId.parse((String) payload.get("w"));
            List<String> teams = ((List<?>) payload.get("t")).stream().map(String.class::cast).toList();
            Access access = new Access(tenant, (String) payload.get("u"), Access.Role.valueOf((String) payload.get("r")), teams);
            return Optional.of(new Link(access, (String) payload.get("id"), left));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private String baseUrl() {
        if (!settings.publicUrl().isEmpty()) {
            return settings.publicUrl();
        }
        int port = server.find(null).filter(EmbeddedServer::isRunning).map(EmbeddedServer::getPort).orElse(configuredPort);
        return "http://localhost:" + port;
    }
}
