package curio.slack;

import com.slack.api.Slack;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import curio.chat.Profile;
import curio.chat.UserRef;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Name, time zone, locale and admin flag from {@code users.info}, cached in Redis. The admin flag is
 * trusted for {@link #ADMIN_FRESH} after it was read (by the injected clock), so a demoted admin loses
 * Curio's admin commands within the hour; the other fields stay {@link #TTL} as a fallback for when
 * Slack cannot be asked, which never makes anyone an admin.
 */
final class SlackProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(SlackProfiles.class);
    static final Duration TTL = Duration.ofDays(1);
    static final Duration ADMIN_FRESH = Duration.ofHours(1);

    private final Slack slack;
    private final SlackTokens tokens;
    private final UnifiedJedis redis;
    private final Clock clock;

    SlackProfiles(Slack slack, SlackTokens tokens, UnifiedJedis redis, Clock clock) {
        this.slack = slack;
        this.tokens = tokens;
        this.redis = redis;
        this.clock = clock;
    }

    Profile profile(UserRef user) {
        String key = SlackKeys.user(user.tenant(), user.userId());
        Map<String, String> cached = redis.hgetAll(key);
        if (!cached.isEmpty() && fresh(cached)) {
            return toProfile(cached, Boolean.parseBoolean(cached.get("admin")));
        }
        try {
            UsersInfoResponse info = slack.methods(tokens.botToken(user.tenant()))
                    .usersInfo(r -> r.user(user.userId()).includeLocale(true));
            if (!info.isOk() || info.getUser() == null) {
                LOG.warn("Slack: users.info failed for a user of {}: {}", user.tenant(), info.getError());
                return stale(cached);
            }
            Map<String, String> fields = fields(info.getUser());
            redis.hset(key, fields);
            redis.expire(key, TTL.toSeconds());
            return toProfile(fields, Boolean.parseBoolean(fields.get("admin")));
        } catch (Exception e) {
            LOG.warn("Slack: users.info failed for a user of {}: {}", user.tenant(), e.toString());
            return stale(cached);
        }
    }

    private boolean fresh(Map<String, String> cached) {
        try {
            long at = Long.parseLong(cached.getOrDefault("at", "0"));
            return clock.millis() - at < ADMIN_FRESH.toMillis() && at <= clock.millis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** What was cached, without the admin flag Slack could not confirm. */
    private static Profile stale(Map<String, String> cached) {
        return cached.isEmpty() ? Profile.unknown() : toProfile(cached, false);
    }

    private Map<String, String> fields(User u) {
        String name = u.getProfile() != null && notBlank(u.getProfile().getDisplayName()) ? u.getProfile().getDisplayName()
                : notBlank(u.getRealName()) ? u.getRealName() : notBlank(u.getName()) ? u.getName() : "there";
        boolean admin = u.isAdmin() || u.isOwner() || u.isPrimaryOwner();
        return Map.of("name", name, "tz", notBlank(u.getTz()) ? u.getTz() : "UTC",
                "locale", notBlank(u.getLocale()) ? u.getLocale() : "en-US", "admin", Boolean.toString(admin),
                "at", Long.toString(clock.millis()));
    }

    private static Profile toProfile(Map<String, String> f, boolean admin) {
        ZoneId zone;
        try {
            zone = ZoneId.of(f.getOrDefault("tz", "UTC"));
        } catch (DateTimeException e) {
            zone = ZoneId.of("UTC");
        }
        Locale locale = Locale.forLanguageTag(f.getOrDefault("locale", "en-US").replace('_', '-'));
        return new Profile(f.getOrDefault("name", "there"), zone, locale, admin);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
