package curio.slack;

import com.slack.api.Slack;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import curio.chat.Profile;
import curio.chat.UserRef;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/** Name, time zone, locale and admin flag from {@code users.info}, cached in Redis for a day. */
final class SlackProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(SlackProfiles.class);
    static final long TTL_SECONDS = 24 * 3600;

    private final Slack slack;
    private final SlackTokens tokens;
    private final RedisClient redis;

    SlackProfiles(Slack slack, SlackTokens tokens, RedisClient redis) {
        this.slack = slack;
        this.tokens = tokens;
        this.redis = redis;
    }

    Profile profile(UserRef user) {
        String key = SlackKeys.user(user.tenant(), user.userId());
        Map<String, String> cached = redis.hgetAll(key);
        if (!cached.isEmpty()) {
            return toProfile(cached);
        }
        try {
            UsersInfoResponse info = slack.methods(tokens.botToken(user.tenant()))
                    .usersInfo(r -> r.user(user.userId()).includeLocale(true));
            if (!info.isOk() || info.getUser() == null) {
                LOG.warn("Slack: users.info failed for a user of {}: {}", user.tenant(), info.getError());
                return Profile.unknown();
            }
            Map<String, String> fields = fields(info.getUser());
            redis.hset(key, fields);
            redis.expire(key, TTL_SECONDS);
            return toProfile(fields);
        } catch (Exception e) {
            LOG.warn("Slack: users.info failed for a user of {}: {}", user.tenant(), e.toString());
            return Profile.unknown();
        }
    }

    private static Map<String, String> fields(User u) {
        String name = u.getProfile() != null && notBlank(u.getProfile().getDisplayName()) ? u.getProfile().getDisplayName()
                : notBlank(u.getRealName()) ? u.getRealName() : notBlank(u.getName()) ? u.getName() : "there";
        boolean admin = u.isAdmin() || u.isOwner() || u.isPrimaryOwner();
        return Map.of("name", name, "tz", notBlank(u.getTz()) ? u.getTz() : "UTC",
                "locale", notBlank(u.getLocale()) ? u.getLocale() : "en-US", "admin", Boolean.toString(admin));
    }

    private static Profile toProfile(Map<String, String> f) {
        ZoneId zone;
        try {
            zone = ZoneId.of(f.getOrDefault("tz", "UTC"));
        } catch (DateTimeException e) {
            zone = ZoneId.of("UTC");
        }
        Locale locale = Locale.forLanguageTag(f.getOrDefault("locale", "en-US").replace('_', '-'));
        return new Profile(f.getOrDefault("name", "there"), zone, locale, Boolean.parseBoolean(f.get("admin")));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
